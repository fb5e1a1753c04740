import type { ServiceCategory } from '@treklang/schema';
import { PriceUnit } from '../modules/contracts/contract.enums.js';

/** The prose of the demo cases, by kind of service. Danish, as caseworkers and providers write it. */
export interface ServiceTexts {
  assessment: string;
  purpose: string;
  goalRationale: string;
  dischargeCriteria: string;
  price: { min: number; max: number; unit: PriceUnit };
  noticePeriodDays: number;
}

export const SERVICE_TEXTS: Readonly<Record<ServiceCategory, ServiceTexts>> = {
  RESIDENTIAL: {
    assessment: 'Borgeren har betydelig og varig nedsat psykisk funktionsevne og har brug for døgnstøtte i et botilbud. VUM-udredningen viser særligt behov inden for egenomsorg, praktiske opgaver og mentale funktioner.',
    purpose: 'At borgeren udvikler og fastholder sine færdigheder i hverdagen, så borgeren på sigt kan bo med mindre støtte.',
    goalRationale: 'Målene er valgt sammen med borgeren ud fra det, borgeren selv oplever som vigtigst, og de temaer i udredningen, hvor støttebehovet er størst.',
    dischargeCriteria: 'Indsatsen afsluttes, når borgeren kan klare morgenrutine, madlavning og økonomi med højst ugentlig støtte og er visiteret til egen bolig med bostøtte.',
    price: { min: 1850, max: 3400, unit: PriceUnit.PER_DAY },
    noticePeriodDays: 90,
  },
  FLOATING_SUPPORT: {
    assessment: 'Borgeren bor i egen lejlighed og har moderat nedsat funktionsevne i forhold til praktiske opgaver og struktur i hverdagen. Borgeren ønsker selv støtte.',
    purpose: 'At borgeren fortsat kan bo i egen bolig og får en mere stabil hverdag med struktur, økonomi og sociale relationer.',
    goalRationale: 'Målene tager udgangspunkt i det, der tidligere har ført til udsættelsestruede situationer, og borgerens eget ønske om at komme mere ud.',
    dischargeCriteria: 'Indsatsen afsluttes, når borgeren i tre måneder har klaret husholdning og post med højst én ugentlig samtale.',
    price: { min: 520, max: 690, unit: PriceUnit.PER_HOUR },
    noticePeriodDays: 30,
  },
  DAY_OFFER: {
    assessment: 'Borgeren har brug for et dagtilbud med struktur, fællesskab og meningsfuld beskæftigelse. Borgeren kan ikke fastholde ordinær beskæftigelse.',
    purpose: 'At borgeren har en meningsfuld hverdag med faste rammer, fællesskab og mulighed for at udvikle sine arbejds- og sociale færdigheder.',
    goalRationale: 'Målene er valgt, fordi borgeren selv ønsker mere fællesskab og faste opgaver, og fordi de understøtter målene i botilbuddet.',
    dischargeCriteria: 'Indsatsen afsluttes, hvis borgeren overgår til job med løntilskud eller ikke længere har gavn af tilbuddet.',
    price: { min: 640, max: 980, unit: PriceUnit.PER_DAY },
    noticePeriodDays: 30,
  },
};

export const MEETING_MINUTES = {
  CONTINUE: 'Borgeren fortalte om det seneste år og er tilfreds med støtten. Leverandøren gennemgik den skriftlige status. Indsatsmålene er fortsat relevante; indsatsen fortsætter uændret. Handleplanen opdateres og sendes til borger og leverandør.',
  CHANGE: 'Status blev gennemgået. Borgeren har nået dele af målene, og der er aftalt justerede delmål. Rådgiver opdaterer handleplanen, og leverandøren sender nye delmål til godkendelse.',
  END: 'Borgeren har nået sine mål og er klar til at afslutte indsatsen. Udskrivningen er planlagt, og der er aftalt overgang til anden støtte efter behov.',
} as const;

export const PROVIDER_ASSESSMENTS = [
  'Vi har arbejdet med målene i det daglige efter de aftalte delmål. Borgeren har været motiveret det meste af perioden og har gjort fremskridt, særligt i forhold til faste rutiner.',
  'Perioden har været præget af udsving. I gode perioder arbejder borgeren aktivt med målene; i svære perioder har fokus været på at fastholde det opnåede.',
  'Indsatsen virker efter hensigten. Borgeren har fået mere overblik og tager selv initiativ til flere opgaver end ved sidste møde.',
] as const;

export const STATUS_REMARKS = [
  'Vi anbefaler et nyt mål om økonomi, da borgeren selv ønsker at arbejde med det.',
  'Ingen behov for nye mål; delmålene justeres løbende.',
  'Borgeren ønsker at prøve at bo i egen bolig; det bør drøftes på mødet.',
] as const;

export const NOT_REVIEWED_REASONS = [
  'Borgeren var indlagt i perioden og ønskede ikke at se status.',
  'Borgeren ønskede ikke at deltage i gennemgangen; værgen har modtaget status skriftligt.',
] as const;

export const THEME_CHANGE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  SELF_CARE: 'Klarer nu morgenhygiejne med en enkelt påmindelse.',
  PRACTICAL_TASKS: 'Laver selv mad to gange om ugen.',
  MENTAL_FUNCTIONS: 'Færre perioder med angst; bruger kriseplanen.',
  HEALTH_CONDITIONS: 'Ét fald i perioden; ny rollator.',
  RELATIONS: 'Har genoptaget kontakten til familien.',
  SOCIAL_CONDITIONS: 'Ingen rykkere siden sidste møde.',
  COMMUNITY_LIFE: 'Deltager fast i en aktivitet hver uge.',
  COMMUNICATION: 'Bruger signalkort til at sige fra.',
  PHYSICAL_FUNCTIONS: 'Styrken er uændret.',
  MOBILITY: 'Har brug for ledsagelse lidt oftere.',
  SURROUNDINGS: 'Er flyttet til en lejlighed i tilbuddet med eget køkken.',
};

export const CHANGE_NOTICES = [
  {
    description: 'Borgeren har været indlagt på psykiatrisk afdeling i tre uger.',
    consequences: 'Arbejdet med delmålene har været sat på pause; morgenrutinen skal genopbygges.',
    documentation: 'Udskrivningsbrev fra psykiatrisk afdeling.',
  },
  {
    description: 'Borgeren er begyndt at tage kontakt til tidligere misbrugsmiljø.',
    consequences: 'Behov for tættere kontakt og samarbejde med misbrugscentret; eventuelt ændret bestilling.',
    documentation: null,
  },
  {
    description: 'Borgerens mor, som var en vigtig støtte, er død.',
    consequences: 'Borgeren har brug for ekstra samtaler i en periode; målet om familiekontakt bør justeres.',
    documentation: null,
  },
  {
    description: 'Borgeren er faldet to gange på en måned.',
    consequences: 'Der er behov for vurdering af hjælpemidler og eventuelt ændret støtte om morgenen.',
    documentation: 'Notat fra fysioterapeut.',
  },
] as const;

export const TERMINATION_REASONS = [
  'Borgeren er flyttet til egen bolig i en anden kommune.',
  'Tilbuddet kan ikke længere imødekomme borgerens behov; borgeren visiteres til et mere specialiseret tilbud.',
] as const;

export const DECLINE_REASONS = [
  'Vi har ikke en ledig plads, der passer til borgerens behov inden for de næste seks måneder.',
  'Borgerens behov for sygepleje om natten ligger uden for tilbuddets målgruppe.',
] as const;

export const OUTCOME_COMMENTS = {
  ACHIEVED: 'Målet er nået; borgeren klarer det nu selv.',
  PARTLY_ACHIEVED: 'Målet er delvist nået; borgeren fortsætter med støtte fra anden indsats.',
  NOT_ACHIEVED: 'Målet er ikke nået; det indgår i den nye indsats.',
  DISCONTINUED: 'Indsatsen blev opsagt, før målet kunne nås.',
} as const;

/** The 15 parties of Sorø's consent form (Bilag 6), shortened. */
export const CONSENT_PARTIES = [
  'Jobcenter', 'Socialpsykiatrien', 'Misbrugscentret', 'Egen læge', 'Psykiatrien i regionen', 'Bostøtte',
  'Botilbud', 'Hjemmeplejen', 'Ydelseskontoret', 'Boligselskab', 'Kriminalforsorgen', 'Uddannelsesinstitution',
  'Familieafdelingen', 'Sundhedsplejen', 'Værge',
] as const;

export const CONSENT_SCOPE = ['Helbredsoplysninger', 'Sociale forhold', 'Økonomiske forhold', 'Beskæftigelse og uddannelse', 'Boligforhold'] as const;
export const CONSENT_EXCLUDED = ['Oplysninger om tidligere misbrug', 'Familieforhold før 2015', 'Straffeattest'] as const;
