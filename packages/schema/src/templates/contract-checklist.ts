import type { ChoiceOption, FormDefinition } from '../forms/types.js';
import { LIMITS } from '../limits.js';
import { GOAL_TYPES } from '../vocab/goal-types.js';
import { SCALES } from '../vocab/scales.js';
import { SERVICE_TYPES } from '../vocab/service-types.js';

/*
 * Midtjylland, "Det handler om borgeren, når vi handler sammen!" (guideline, 2019), "Tjekliste til kontrakt":
 * the seven parts a standard contract can hold. The practical terms of the standard contract (price, notice
 * period, discharge criteria) come from the same guideline ("forhandle og aftale økonomien", "hvornår målet med
 * indsatsen er opnået, og hvad borgeren derefter skal overgå til") and from Nordjylland's "Vi samarbejder om
 * den gode udskrivning". Every item with a Contract or Goal column is bound to it, so submitting writes rows.
 */

/** Goal types (Måltype) with the API's GoalType values. */
export const GOAL_TYPE_OPTIONS: ChoiceOption[] = Object.entries(GOAL_TYPES).map(([value, { name }]) => ({ value, label: name }));

/** Service types under the Social Services Act with the API's ServiceType values. */
export const SERVICE_TYPE_OPTIONS: ChoiceOption[] = Object.entries(SERVICE_TYPES).map(([value, type]) => ({
  value,
  label: { da: `${type.name.da} (${type.paragraph})`, en: `${type.name.en} (${type.paragraph.replace('SEL', 'Social Services Act')})` },
}));

/** Hjørring's default follow-up frequencies, shown where a service type is chosen. */
export const FOLLOW_UP_FREQUENCY_HELP = {
  da: 'Opfølgningsmøder afvikles som udgangspunkt: bostøtte efter behov, botilbud 1 gang årligt, § 104-dagtilbud 1 gang hvert 2. år, § 103-dagtilbud 1 gang hvert 3. år.',
  en: 'Follow-up meetings are by default held: floating support as needed, residential offers once a year, section 104 day offers once every 2 years, section 103 day offers once every 3 years.',
};

export const contractChecklist: FormDefinition = {
  key: 'contract-checklist',
  version: 1,
  title: { da: 'Tjekliste til kontrakt', en: 'Contract checklist' },
  description: {
    da: 'Når der skal indgås en kontrakt, vil kommunerne have forskellige skabeloner. Nedenstående er en tjekliste for hvad en standard kontrakt med fordel kan indeholde. Kontrakten er aftaledokumentet, som leverandør og myndighed arbejder på baggrund af.',
    en: 'Municipalities have different templates for a contract. This is a checklist of what a standard contract can usefully contain. The contract is the agreement document on which the provider and the authority work.',
  },
  source: 'Midtjylland: Guideline om effekt og progression (2019), Tjekliste til kontrakt; Nordjylland: Målsætninger for samarbejde mellem myndighed og driftsherre (den gode udskrivning)',
  subject: 'CONTRACT',
  filledBy: ['AUTHORITY'],
  derived: ['goalSmartness', 'followUpDates'],
  sections: [
    {
      id: 'citizen',
      title: { da: '1. Borgeren', en: '1. The citizen' },
      items: [
        {
          id: 'citizenName',
          type: 'display',
          label: { da: 'Navn', en: 'Name' },
          text: { da: 'Borgerens navn hentes fra borgerens sag.', en: "The citizen's name comes from the citizen's case." },
          subjectField: 'citizen.name',
        },
        {
          id: 'citizenCpr',
          type: 'display',
          label: { da: 'Cpr.nr.', en: 'CPR number' },
          text: {
            da: 'CPR-nummeret hentes fra borgerens sag og vises kun i fuld længde for dem, der må se det.',
            en: "The CPR number comes from the citizen's case and is shown in full only to those allowed to see it.",
          },
          subjectField: 'citizen.cpr',
        },
        {
          id: 'hasGuardian',
          type: 'yesNo',
          label: { da: 'Har borgeren en værge?', en: 'Does the citizen have a guardian?' },
          required: true,
        },
        {
          id: 'guardianName',
          type: 'text',
          label: { da: 'Værgens navn', en: "The guardian's name" },
          required: true,
          maxLength: LIMITS.nameLength,
          enableWhen: [{ item: 'hasGuardian', operator: 'equals', value: true }],
        },
        {
          id: 'caseworkerName',
          type: 'text',
          label: { da: 'Rådgiver hos myndigheden (kontaktperson)', en: 'Caseworker at the authority (contact person)' },
          required: true,
          maxLength: LIMITS.nameLength,
        },
      ],
    },
    {
      id: 'lifeThemes',
      title: { da: '2. Livstemaer', en: '2. Life themes' },
      items: [
        {
          id: 'assessmentTool',
          type: 'singleChoice',
          label: { da: 'Udredningsarbejdet sker med udgangspunkt i', en: 'The assessment is based on' },
          help: {
            da: 'Angiv hvilket værktøj der anvendes. Udredning skal ske via et systematisk udredningsværktøj (eks. Voksenudredningsmetoden [VUM] og ICS).',
            en: 'State which tool is used. The assessment must use a systematic assessment tool (e.g. the adult assessment method [VUM] and ICS).',
          },
          required: true,
          options: [
            { value: 'VUM', label: { da: 'Voksenudredningsmetoden (VUM)', en: 'Adult assessment method (VUM)' } },
            { value: 'ICS', label: { da: "Integrated Children's System (ICS)", en: "Integrated Children's System (ICS)" } },
            { value: 'OTHER', label: { da: 'Andet systematisk udredningsværktøj', en: 'Another systematic assessment tool' } },
          ],
          binding: { target: 'contract.assessmentTool' },
        },
        {
          id: 'assessmentToolOther',
          type: 'text',
          label: { da: 'Hvilket værktøj?', en: 'Which tool?' },
          required: true,
          maxLength: LIMITS.nameLength,
          enableWhen: [{ item: 'assessmentTool', operator: 'equals', value: 'OTHER' }],
        },
        {
          id: 'lifeThemeKeys',
          type: 'lifeTheme',
          multiple: true,
          minSelected: 1,
          label: {
            da: 'Følgende livstemaer danner udgangspunkt for de mål, der sættes for indsatsen',
            en: 'The following life themes are the basis of the goals set for the effort',
          },
          help: {
            da: 'Angiv de valgte livstemaer. Myndighed fastsætter målene indenfor de livstemaer, der anvendes i kommunens handleplaner (eks. livstemaer fra VUM), og udvælger dem i samarbejde med borgeren.',
            en: "State the chosen life themes. The authority sets the goals within the life themes used in the municipality's action plans (e.g. the VUM life themes) and chooses them together with the citizen.",
          },
          required: true,
          binding: { target: 'contract.lifeThemeKeys' },
        },
      ],
    },
    {
      id: 'goalsSection',
      title: { da: '3. Mål', en: '3. Goals' },
      items: [
        {
          id: 'purpose',
          type: 'longText',
          label: { da: 'Indsatsens overordnede formål', en: 'The overall purpose of the effort' },
          help: {
            da: 'Myndighed opstiller et overordnet formål for indsatsen til borgeren – f.eks. at borgeren skal trives og være tryg.',
            en: 'The authority sets an overall purpose of the effort for the citizen – e.g. that the citizen thrives and feels safe.',
          },
          required: true,
          binding: { target: 'contract.purpose' },
        },
        {
          id: 'goals',
          type: 'group',
          label: {
            da: 'Følgende mål danner udgangspunkt for arbejdet med borgerens udvikling',
            en: "The following goals are the basis of the work on the citizen's development",
          },
          help: {
            da: 'Der skal kun stå de mål, der skal arbejdes med frem til næste opfølgning. Det anbefales, at der opstilles 1-3 mål. Målene skal være SMART: specifikke, målbare, accepterede, realistiske og tidsbestemte.',
            en: 'Only the goals to be worked on until the next follow-up. 1-3 goals are recommended. The goals must be SMART: specific, measurable, accepted, realistic and time-bound.',
          },
          entryLabel: { da: 'Mål', en: 'Goal' },
          required: true,
          minCount: 1,
          maxCount: LIMITS.maxGoalsPerContract,
          binding: { target: 'contract.goals' },
          items: [
            {
              id: 'lifeThemeKey',
              type: 'lifeTheme',
              label: { da: 'Livstema', en: 'Life theme' },
              help: { da: 'Et af de valgte livstemaer.', en: 'One of the chosen life themes.' },
              required: true,
              binding: { target: 'goal.lifeThemeKey' },
            },
            {
              id: 'goalType',
              type: 'singleChoice',
              label: { da: 'Måltype', en: 'Goal type' },
              help: {
                da: 'Skal borgeren udvikle, fastholde eller begrænse tab af funktionsevne? Målet skal være realistisk at opnå indenfor den angivne tidsramme.',
                en: 'Is the citizen to develop, maintain or limit loss of functioning? The goal must be realistic to reach within the time frame.',
              },
              required: true,
              options: GOAL_TYPE_OPTIONS,
              binding: { target: 'goal.goalType' },
            },
            {
              id: 'title',
              type: 'text',
              label: { da: 'Målet', en: 'The goal' },
              help: {
                da: 'Specifikt: Målet skal være specifikt og konkret, således at det er tydeligt, hvad der skal være opfyldt, for at nå målet.',
                en: 'Specific: the goal must be specific and concrete, so that it is clear what must be fulfilled to reach it.',
              },
              required: true,
              minLength: 10,
              maxLength: LIMITS.shortTextLength,
              binding: { target: 'goal.title' },
            },
            {
              id: 'measurableCriterion',
              type: 'text',
              label: { da: 'Hvordan måles det, om målet er nået?', en: 'How is it measured whether the goal is reached?' },
              help: { da: 'Målbart: Det skal være muligt at måle, om målet er nået.', en: 'Measurable: it must be possible to measure whether the goal is reached.' },
              required: true,
              maxLength: LIMITS.shortTextLength * 2,
              binding: { target: 'goal.measurableCriterion' },
            },
            {
              id: 'deadline',
              type: 'date',
              label: { da: 'Målet skal være nået senest', en: 'The goal is to be reached by' },
              help: {
                da: 'Tidsbestemt: Der skal være fastsat en tydelig tidsramme for opnåelsen af målet.',
                en: 'Time-bound: there must be a clear time frame for reaching the goal.',
              },
              required: true,
              binding: { target: 'goal.deadline' },
            },
          ],
        },
        {
          id: 'goalRationale',
          type: 'longText',
          label: { da: 'Begrundelse for, hvorfor de ovenstående mål er valgt', en: 'Why the goals above were chosen' },
          help: { da: 'Angiv hvorfor disse mål prioriteres frem for evt. andre mål.', en: 'State why these goals are prioritised over any other goals.' },
          required: true,
          binding: { target: 'contract.goalRationale' },
        },
      ],
    },
    {
      id: 'subGoalsSection',
      title: { da: '4. Delmål', en: '4. Sub-goals' },
      description: {
        da: 'Leverandør udfylder. Delmålene er en operationalisering i de overordnede mål for indsatsen. Der skal kun stå det, man i første omgang arbejder med. I takt med borgerens udvikling udarbejdes nye delmål indenfor de overordnede mål. Myndighed kontaktes, hvis der er markante ændringer, og det ikke længere er meningsfuldt at arbejde ud fra indsatsmålene.',
        en: "Filled in by the provider. The sub-goals make the overall goals of the effort operational. Only what is worked on first is written here. As the citizen develops, new sub-goals are written within the overall goals. The authority is contacted if there are marked changes and it no longer makes sense to work from the goals.",
      },
      filledBy: ['PROVIDER'],
      items: [
        {
          id: 'subGoals',
          type: 'group',
          label: { da: 'Med udgangspunkt i ovenstående mål opstilles følgende delmål', en: 'Based on the goals above, the following sub-goals are set' },
          help: {
            da: 'Operationalisering af mål skal sendes tilbage til myndighed og godkendes senest 3 måneder fra indsatsens start.',
            en: 'The operationalised goals must be sent back to the authority and approved at the latest 3 months after the effort starts.',
          },
          entryLabel: { da: 'Delmål', en: 'Sub-goal' },
          minCount: 0,
          maxCount: LIMITS.maxGoalsPerContract * LIMITS.maxSubGoalsPerGoal,
          items: [
            {
              id: 'subGoalGoalNumber',
              type: 'number',
              label: { da: 'Hører til mål nr.', en: 'Belongs to goal no.' },
              required: true,
              integer: true,
              min: 1,
              max: LIMITS.maxGoalsPerContract,
            },
            {
              id: 'subGoalTitle',
              type: 'text',
              label: { da: 'Delmål', en: 'Sub-goal' },
              required: true,
              maxLength: LIMITS.shortTextLength,
            },
          ],
        },
      ],
    },
    {
      id: 'timeframe',
      title: { da: '5. Tidsperspektiv', en: '5. Time frame' },
      description: {
        da: 'Myndighed og leverandør aftaler et tidsperspektiv – som minimum for næste opfølgning, men også gerne for indsatsen. Opsigelsesvarsel, levering i opsigelsesperioden og takst følger standardkontrakten.',
        en: 'The authority and the provider agree on a time frame – at least for the next follow-up, preferably also for the effort. Notice period, delivery during the notice period and price follow the standard contract.',
      },
      items: [
        {
          id: 'serviceType',
          type: 'singleChoice',
          label: { da: 'Ydelse', en: 'Service' },
          help: FOLLOW_UP_FREQUENCY_HELP,
          required: true,
          options: SERVICE_TYPE_OPTIONS,
          binding: { target: 'contract.serviceType' },
        },
        {
          id: 'startDate',
          type: 'date',
          label: { da: 'Indsatsens start', en: 'Start of the effort' },
          required: true,
          binding: { target: 'contract.startDate' },
        },
        {
          id: 'nextFollowUpDate',
          type: 'date',
          label: { da: 'Opfølgning: dato for næste opfølgning', en: 'Follow-up: date of the next follow-up' },
          help: {
            da: 'Angiv hvor lang tid der skal gå til næste opfølgning. Står tom for bostøtte, der følges op efter behov.',
            en: 'State how long until the next follow-up. Left empty for floating support followed up as needed.',
          },
          binding: { target: 'contract.nextFollowUpDate' },
        },
        {
          id: 'meetingResponsibility',
          type: 'display',
          label: { da: 'Indkaldelse', en: 'Calling the meeting' },
          text: { da: 'Myndighed har ansvaret for at indkalde til opfølgningsmødet.', en: 'The authority is responsible for calling the follow-up meeting.' },
        },
        {
          id: 'dischargeCriteria',
          type: 'longText',
          label: {
            da: 'Hvornår er målet med indsatsen opnået, og hvad skal borgeren derefter overgå til?',
            en: 'When is the aim of the effort achieved, and what is the citizen to move on to then?',
          },
          help: {
            da: 'Udskrivningsgrundlag: Den gode udskrivning starter ved indskrivningen. Beskriv tydeligt, hvornår målet med indsatsen er opnået, og dermed hvornår det ikke længere er den rette indsats.',
            en: 'Discharge criteria: a good discharge starts at admission. Describe clearly when the aim of the effort is achieved, and so when it is no longer the right effort.',
          },
          required: true,
          binding: { target: 'contract.dischargeCriteria' },
        },
        {
          id: 'noticePeriodDays',
          type: 'number',
          label: { da: 'Opsigelsesvarsel', en: 'Notice period' },
          help: {
            da: 'Der bør som minimum være tydelige kontraktlige forhold ift. opsigelsesvarsler, hvordan man skal forholde sig til levering af indsatsen i opsigelsesperioden og hvordan man er stillet, hvis indsatsen ikke kan leveres.',
            en: 'At a minimum there should be clear contract terms on notice periods, on delivering the effort during the notice period, and on where the parties stand if the effort cannot be delivered.',
          },
          required: true,
          integer: true,
          min: 0,
          max: 365,
          unit: { da: 'dage', en: 'days' },
          binding: { target: 'contract.noticePeriodDays' },
        },
        {
          id: 'priceAmount',
          type: 'number',
          label: { da: 'Takst', en: 'Price (takst)' },
          help: {
            da: 'Den aftalte takst i kroner. Ved aftaler om ændringer eller afslutninger af mål, samt aftaler om nye mål, aftaler myndighed og leverandør ny indsats og takst.',
            en: 'The agreed price in Danish kroner. When goals are changed, ended or added, the authority and the provider agree on a new effort and price.',
          },
          min: 0,
          max: 100_000_000,
          unit: { da: 'kr.', en: 'DKK' },
          binding: { target: 'contract.priceAmount' },
        },
        {
          id: 'priceUnit',
          type: 'singleChoice',
          label: { da: 'Taksten er', en: 'The price is' },
          required: true,
          options: [
            { value: 'PER_DAY', label: { da: 'pr. døgn', en: 'per day' } },
            { value: 'PER_MONTH', label: { da: 'pr. måned', en: 'per month' } },
            { value: 'PER_HOUR', label: { da: 'pr. time', en: 'per hour' } },
            { value: 'PER_YEAR', label: { da: 'pr. år', en: 'per year' } },
          ],
          enableWhen: [{ item: 'priceAmount', operator: 'exists' }],
          binding: { target: 'contract.priceUnit' },
        },
      ],
    },
    {
      id: 'followUp',
      title: { da: '6. Opfølgning', en: '6. Follow-up' },
      items: [
        {
          id: 'reportingForms',
          type: 'multipleChoice',
          label: {
            da: 'Specificer hvilket materiale, der skal foreligge inden opfølgning ift. at vurdere borgerens udvikling',
            en: "Specify which material must be available before follow-up to assess the citizen's development",
          },
          help: {
            da: 'Prosa: en beskrivelse af hvordan arbejdet med indsatsmål og delmål har været, og hvad status er nu. Tal: en vurdering af borgerens ressourcer og støttebehov på en skala (eks. 1-10) ved opstarten, som gentages op til opfølgning; de to tal sammenholdes.',
            en: "Prose: a description of how the work on goals and sub-goals has gone and where it stands now. Numbers: a rating of the citizen's resources and support need on a scale (e.g. 1-10) at the start, repeated before follow-up; the two numbers are compared.",
          },
          required: true,
          minSelected: 1,
          options: [
            { value: 'PROSE', label: { da: 'Prosa', en: 'Prose' } },
            { value: 'NUMBERS', label: { da: 'Tal', en: 'Numbers' } },
          ],
          binding: { target: 'contract.reportingForms' },
        },
        {
          id: 'numbersScale',
          type: 'singleChoice',
          label: { da: 'Skala for vurderingen i tal', en: 'Scale of the rating in numbers' },
          help: {
            da: 'Samme skala ved opstarten af indsatsen og op til hver opfølgning.',
            en: 'The same scale at the start of the effort and before each follow-up.',
          },
          required: true,
          options: [
            { value: 'ONE_TO_TEN', label: SCALES.ONE_TO_TEN.name },
            { value: 'VUM_0_4', label: SCALES.VUM_0_4.name },
          ],
          enableWhen: [{ item: 'reportingForms', operator: 'includes', value: 'NUMBERS' }],
        },
        {
          id: 'providerDescription',
          type: 'longText',
          label: { da: 'Hvad skal leverandøren beskrive op til opfølgning?', en: 'What is the provider to describe before follow-up?' },
          help: {
            da: 'Leverandøren skal op til opfølgning beskrive borgerens nuværende status, samt hvad lægges der op til fremadrettet?',
            en: "Before follow-up the provider describes the citizen's current status and what is proposed for the future.",
          },
          required: true,
        },
        {
          id: 'participants',
          type: 'participants',
          label: { da: 'Deltagerkredsen for opfølgningsmødet', en: 'Participants in the follow-up meeting' },
          help: {
            da: 'Angiv hvem der umiddelbart forventes at skulle deltage i opfølgningsmødet.',
            en: 'State who is expected to attend the follow-up meeting.',
          },
          required: true,
          minCount: 1,
          maxCount: LIMITS.maxListItems,
          binding: { target: 'contract.participants' },
        },
      ],
    },
    {
      id: 'signatures',
      title: { da: '7. Underskrifter', en: '7. Signatures' },
      items: [
        {
          id: 'sendToCitizen',
          type: 'display',
          label: { da: 'Til borgeren', en: 'To the citizen' },
          text: {
            da: 'Kontrakten skal sendes til borger, når den er færdig. Desuden skal kontrakten opdateres og fremsendes igen efter hver opfølgning.',
            en: 'The contract must be sent to the citizen when it is done. It must also be updated and sent again after every follow-up.',
          },
        },
        {
          id: 'buyerSignature',
          type: 'signature',
          label: { da: 'Køber (myndighed), dato', en: 'Buyer (authority), date' },
          required: true,
          filledBy: ['AUTHORITY'],
        },
        {
          // The seed's table repeats "Køber Dato" in both cells; the second is the seller's.
          id: 'sellerSignature',
          type: 'signature',
          label: { da: 'Sælger (leverandør), dato', en: 'Seller (provider), date' },
          required: true,
          filledBy: ['PROVIDER'],
        },
      ],
    },
  ],
};
