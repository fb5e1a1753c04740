import type { GoalTypeKey, ServiceCategory } from '@treklang/schema';

/** A goal the demo contracts draw from: written in the first person, inside one VUM life theme. */
export interface GoalTemplate {
  lifeThemeKey: string;
  goalType: GoalTypeKey;
  title: string;
  measurableCriterion: string;
  subGoals: readonly { title: string; method: string }[];
  /** The citizen's and the professional's words in a status note. */
  citizenView: string;
  professionalView: string;
}

const residential: GoalTemplate[] = [
  {
    lifeThemeKey: 'SELF_CARE', goalType: 'DEVELOP',
    title: 'Jeg vil selv stå op og gøre mig klar om morgenen på hverdage',
    measurableCriterion: 'Borgeren står op og er klar senest kl. 9 mindst 4 af 5 hverdage, registreret i ugeskemaet.',
    subGoals: [
      { title: 'Jeg bruger vækkeur og en billedguide til morgenrutinen', method: 'Kontaktpersonen gennemgår billedguiden med borgeren hver søndag.' },
      { title: 'Jeg går i bad tre gange om ugen uden påmindelse', method: 'Fast badeskema på køleskabet; personalet giver ros frem for påmindelser.' },
    ],
    citizenView: 'Det er lettere at komme op, når jeg ved, hvad jeg skal.',
    professionalView: 'Morgenrutinen er blevet mere stabil; påmindelser er trappet ned fra daglige til ugentlige.',
  },
  {
    lifeThemeKey: 'PRACTICAL_TASKS', goalType: 'DEVELOP',
    title: 'Jeg vil kunne lave aftensmad selv to gange om ugen',
    measurableCriterion: 'Borgeren planlægger, køber ind til og laver et aftensmåltid selvstændigt mindst 2 gange om ugen.',
    subGoals: [
      { title: 'Jeg laver en madplan for ugen sammen med min kontaktperson', method: 'Madplan hver mandag med fast skabelon.' },
      { title: 'Jeg handler ind efter en indkøbsliste', method: 'Personalet følger med de første gange og venter derefter udenfor.' },
      { title: 'Jeg lærer tre faste retter', method: 'Madlavning i fælleskøkkenet med trin-for-trin opskrifter.' },
    ],
    citizenView: 'Jeg er glad for at kunne lave lasagne selv nu.',
    professionalView: 'Borgeren laver mad selvstændigt 1-2 gange om ugen; indkøb kræver stadig lidt støtte.',
  },
  {
    lifeThemeKey: 'MENTAL_FUNCTIONS', goalType: 'MAINTAIN',
    title: 'Jeg vil fastholde min ro i hverdagen og bruge min kriseplan, når jeg får det svært',
    measurableCriterion: 'Højst én akut henvendelse til psykiatrien pr. kvartal; kriseplanen er brugt ved hver forværring.',
    subGoals: [
      { title: 'Jeg fortæller personalet, når jeg mærker uro', method: 'Daglig kort samtale med kontaktpersonen og fast "trafiklys"-skala.' },
      { title: 'Jeg gennemgår min kriseplan hver måned', method: 'Kriseplanen opdateres sammen med kontaktpersonen.' },
    ],
    citizenView: 'Jeg bliver ikke så bange, når jeg ved, hvad jeg skal gøre.',
    professionalView: 'Borgeren bruger kriseplanen aktivt; antallet af akutte henvendelser er stabilt lavt.',
  },
  {
    lifeThemeKey: 'HEALTH_CONDITIONS', goalType: 'LIMIT_LOSS',
    title: 'Jeg vil bevare min gangfunktion og mindske risikoen for fald',
    measurableCriterion: 'Borgeren går en tur på mindst 15 minutter 3 gange om ugen; højst ét fald pr. halvår.',
    subGoals: [
      { title: 'Jeg går en tur med personalet mandag, onsdag og fredag', method: 'Fast gåtur i nærområdet, registreret i dagbogen.' },
      { title: 'Jeg laver mine øvelser fra fysioterapeuten', method: 'Øvelsesprogram hængt op på værelset; personalet minder om det.' },
    ],
    citizenView: 'Benene er ikke så gode, men jeg går stadig mine ture.',
    professionalView: 'Gangfunktionen er nogenlunde bevaret; et enkelt fald i perioden uden skade.',
  },
  {
    lifeThemeKey: 'RELATIONS', goalType: 'DEVELOP',
    title: 'Jeg vil have kontakt med min familie mindst hver anden uge',
    measurableCriterion: 'Borgeren har telefon- eller besøgskontakt med familien mindst 2 gange om måneden.',
    subGoals: [
      { title: 'Jeg ringer til min søster hver anden søndag', method: 'Påmindelse i telefonen; kontaktpersonen spørger ind bagefter.' },
      { title: 'Jeg inviterer min familie til kaffe på bostedet', method: 'Hjælp til at skrive invitationen og planlægge besøget.' },
    ],
    citizenView: 'Det er dejligt at se min søster igen.',
    professionalView: 'Kontakten til familien er genoptaget og er nu regelmæssig.',
  },
  {
    lifeThemeKey: 'SOCIAL_CONDITIONS', goalType: 'DEVELOP',
    title: 'Jeg vil selv betale mine faste regninger til tiden',
    measurableCriterion: 'Ingen rykkere i 6 måneder; borgeren gennemgår budgettet med støtte én gang om måneden.',
    subGoals: [
      { title: 'Jeg får styr på mine faste udgifter i et budget', method: 'Budgetskema udarbejdes sammen med kontaktpersonen.' },
      { title: 'Jeg tilmelder mine regninger til betalingsservice', method: 'Hjælp ved bankbesøg.' },
    ],
    citizenView: 'Jeg har ikke fået rykkere i lang tid.',
    professionalView: 'Økonomien er mere stabil; borgeren har fået overblik over de faste udgifter.',
  },
];

const floatingSupport: GoalTemplate[] = [
  {
    lifeThemeKey: 'PRACTICAL_TASKS', goalType: 'DEVELOP',
    title: 'Jeg vil holde min lejlighed ryddelig, så jeg kan have gæster',
    measurableCriterion: 'Køkken og stue er ryddet ved bostøttens besøg mindst 3 af 4 uger.',
    subGoals: [
      { title: 'Jeg følger en ugentlig rengøringsplan', method: 'Planen udarbejdes sammen med bostøtten og hænges op i køkkenet.' },
      { title: 'Jeg tager opvasken hver aften', method: 'Tjekliste på telefonen.' },
    ],
    citizenView: 'Jeg har haft min nabo på besøg for første gang.',
    professionalView: 'Lejligheden er i bedre stand; rutinen holder i gode perioder.',
  },
  {
    lifeThemeKey: 'COMMUNITY_LIFE', goalType: 'DEVELOP',
    title: 'Jeg vil deltage i en fritidsaktivitet en gang om ugen',
    measurableCriterion: 'Borgeren deltager i en fast aktivitet mindst 3 af 4 uger.',
    subGoals: [
      { title: 'Jeg finder en aktivitet, jeg har lyst til', method: 'Bostøtten undersøger muligheder sammen med borgeren.' },
      { title: 'Jeg tager med bostøtten de første to gange', method: 'Ledsagelse og gradvis udfasning.' },
    ],
    citizenView: 'Jeg går til petanque om tirsdagen og kender nogle af de andre nu.',
    professionalView: 'Borgeren deltager stabilt og tager selv afsted.',
  },
  {
    lifeThemeKey: 'SOCIAL_CONDITIONS', goalType: 'MAINTAIN',
    title: 'Jeg vil fortsat selv åbne og svare på min digitale post',
    measurableCriterion: 'Borgeren åbner e-Boks mindst én gang om ugen og har ingen uåbnede breve fra det offentlige over 14 dage.',
    subGoals: [
      { title: 'Jeg tjekker e-Boks hver mandag', method: 'Fast punkt i ugeplanen; bostøtten spørger ind.' },
    ],
    citizenView: 'Det går fint, jeg har styr på posten.',
    professionalView: 'Borgeren har fastholdt rutinen; ingen oversete frister i perioden.',
  },
  {
    lifeThemeKey: 'MENTAL_FUNCTIONS', goalType: 'DEVELOP',
    title: 'Jeg vil have en fast døgnrytme med søvn om natten',
    measurableCriterion: 'Borgeren sover mellem kl. 23 og 7 mindst 5 nætter om ugen, registreret i søvndagbog.',
    subGoals: [
      { title: 'Jeg lægger telefonen væk kl. 22.30', method: 'Aftale om aftenrutine; søvndagbog gennemgås ved besøg.' },
      { title: 'Jeg går en tur hver formiddag', method: 'Bostøtten går med den første måned.' },
    ],
    citizenView: 'Jeg sover bedre, men weekenderne er svære.',
    professionalView: 'Døgnrytmen er forbedret på hverdage; weekender er fortsat udfordrende.',
  },
];

const dayOffer: GoalTemplate[] = [
  {
    lifeThemeKey: 'COMMUNITY_LIFE', goalType: 'DEVELOP',
    title: 'Jeg vil arbejde fast i værkstedet tre dage om ugen',
    measurableCriterion: 'Fremmøde mindst 3 dage om ugen i 10 af 12 uger.',
    subGoals: [
      { title: 'Jeg møder ind kl. 9 mandag, onsdag og fredag', method: 'Fremmødeskema og fast kontaktperson i værkstedet.' },
      { title: 'Jeg lærer at bruge båndsaven sikkert', method: 'Oplæring trin for trin med mester.' },
    ],
    citizenView: 'Jeg kan godt lide at lave noget med hænderne.',
    professionalView: 'Fremmødet er stabilt, og borgeren tager mere ansvar i værkstedet.',
  },
  {
    lifeThemeKey: 'RELATIONS', goalType: 'DEVELOP',
    title: 'Jeg vil spise frokost sammen med de andre i caféen',
    measurableCriterion: 'Borgeren spiser frokost i fællesskabet mindst 3 dage om ugen.',
    subGoals: [
      { title: 'Jeg sidder ved samme bord som min makker', method: 'Fast plads og en makker fra gruppen.' },
      { title: 'Jeg hjælper med at dække bord om fredagen', method: 'Fast opgave på tavlen.' },
    ],
    citizenView: 'Det er hyggeligt at spise sammen med de andre.',
    professionalView: 'Borgeren indgår i fællesskabet og tager selv initiativ til samtaler.',
  },
  {
    lifeThemeKey: 'COMMUNICATION', goalType: 'DEVELOP',
    title: 'Jeg vil kunne sige til og fra, når noget er for meget',
    measurableCriterion: 'Borgeren bruger sine signalkort eller ord i mindst 4 af 5 situationer, hvor personalet ser uro.',
    subGoals: [
      { title: 'Jeg bruger mine signalkort', method: 'Signalkort med tre farver; øves dagligt.' },
    ],
    citizenView: 'Det hjælper, at jeg kan vise det grønne, gule eller røde kort.',
    professionalView: 'Borgeren bruger signalkortene oftere, og konflikter er faldet.',
  },
  {
    lifeThemeKey: 'PHYSICAL_FUNCTIONS', goalType: 'MAINTAIN',
    title: 'Jeg vil bevare min styrke og deltage i motion to gange om ugen',
    measurableCriterion: 'Deltagelse i holdtræning mindst 2 gange om ugen; stole-rejse-test ikke dårligere end ved start.',
    subGoals: [
      { title: 'Jeg deltager i morgengymnastik tirsdag og torsdag', method: 'Fast hold med fysioterapeut.' },
    ],
    citizenView: 'Jeg kan stadig gå på trapper selv.',
    professionalView: 'Styrken er bevaret; testen er uændret i forhold til start.',
  },
  {
    lifeThemeKey: 'MOBILITY', goalType: 'LIMIT_LOSS',
    title: 'Jeg vil fortsat selv kunne tage bussen til dagcentret',
    measurableCriterion: 'Borgeren tager bussen selv mindst 3 af 5 dage; ledsagelse højst 2 dage om ugen.',
    subGoals: [
      { title: 'Jeg øver turen med en medarbejder hver anden uge', method: 'Ledsaget tur med gennemgang af skift.' },
      { title: 'Jeg har køreplanen i min telefon', method: 'Hjælp til at installere og bruge rejseplan-appen.' },
    ],
    citizenView: 'Nogle dage er det svært, men jeg vil gerne blive ved.',
    professionalView: 'Borgeren tager bussen selv de fleste dage; behovet for ledsagelse er let stigende.',
  },
];

export const GOAL_TEMPLATES: Readonly<Record<ServiceCategory, readonly GoalTemplate[]>> = {
  RESIDENTIAL: residential,
  FLOATING_SUPPORT: floatingSupport,
  DAY_OFFER: dayOffer,
};

/** Themes a contract may list beside the themes of its goals. */
export const EXTRA_THEMES: Readonly<Record<ServiceCategory, readonly string[]>> = {
  RESIDENTIAL: ['HEALTH_CONDITIONS', 'RELATIONS', 'SURROUNDINGS'],
  FLOATING_SUPPORT: ['RELATIONS', 'HEALTH_CONDITIONS'],
  DAY_OFFER: ['MENTAL_FUNCTIONS', 'SOCIAL_CONDITIONS'],
};
