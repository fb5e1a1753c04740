import type { ChoiceOption, FormDefinition } from '../forms/types.js';
import { LIMITS } from '../limits.js';
import { FUNCTIONAL_LEVELS } from '../vocab/levels.js';

/*
 * The provider's written status before a follow-up meeting ("statusnotat", "skriftlig status").
 * Nordjylland, "Målsætninger for samarbejde mellem myndighed og driftsherre", Statusnotat: udførers vurdering,
 * væsentlige ændringer i borgerens situation (VUM themes), bemærkninger fra udfører. Hjørring, "Vejledning
 * vedrørende opfølgningsmøder": per service "virker indsatsen efter hensigten, hvor langt er man, hvordan har man
 * arbejdet med serviceydelsen"; per goal "er målene nået, hvordan har man arbejdet med dem"; the citizen's and the
 * professional's views side by side; reviewed orally with the citizen, or why not. Bound to StatusNote, its goal
 * statuses (one Measurement per score) and its theme changes.
 */

/** The recommendation on the further course, with the API's EffortDecision values. */
export const RECOMMENDATION_OPTIONS: ChoiceOption[] = [
  { value: 'CONTINUE', label: { da: 'Fortsætte indsatsen', en: 'Continue the effort' } },
  { value: 'CHANGE', label: { da: 'Ændring af indsatsen', en: 'Change the effort' } },
  { value: 'END', label: { da: 'Afslutning af indsatsen', en: 'End the effort' } },
];

/** The VUM 0-4 functional levels as scale step labels ("Ikke vurderet" is no answer, not a step). */
const FUNCTIONAL_LEVEL_STEPS = FUNCTIONAL_LEVELS.flatMap((level) => (level.value === null ? [] : [{ value: level.value, label: level.name }]));

export const statusNote: FormDefinition = {
  key: 'status-note',
  version: 1,
  title: { da: 'Statusnotat (skriftlig status)', en: 'Status note (written status)' },
  description: {
    da: 'Udfører leverer en skriftlig status til brug for statusmødet, senest 14 dage før mødet. Statussen udarbejdes med afsæt i den tænkning, der er i VUM-modellens statusnotat. Den skriftlige status fungerer som rådgivers forberedelse til opfølgningsmødet og danner grundlaget og rammen for mødet.',
    en: "The provider delivers a written status for the status meeting, at the latest 14 days before it. It follows the thinking of the VUM status note. The written status is the caseworker's preparation for the follow-up meeting and sets the basis and frame of the meeting.",
  },
  source: 'Nordjylland: Målsætninger for samarbejde mellem myndighed og driftsherre, Statusnotat; Hjørring: Vejledning vedrørende opfølgningsmøder, skriftlig status',
  subject: 'MEETING',
  filledBy: ['PROVIDER'],
  sections: [
    {
      id: 'assessment',
      title: { da: 'Udførers vurdering', en: "The provider's assessment" },
      items: [
        {
          id: 'providerAssessment',
          type: 'longText',
          label: { da: 'Udførers vurdering', en: "The provider's assessment" },
          help: {
            da: 'Beskrivelse af arbejdet med målet, målopfyldelse og evt. ændring i funktionsevneniveauet.',
            en: 'A description of the work on the goal, goal attainment and any change in the level of functioning.',
          },
          required: true,
          binding: { target: 'statusNote.providerAssessment' },
        },
      ],
    },
    {
      id: 'situationChanges',
      title: { da: 'Væsentlige ændringer i borgerens situation', en: "Significant changes in the citizen's situation" },
      description: {
        da: 'Beskrivelse af væsentlige ændringer i borgerens situation med betydning for indsatsen – med udgangspunkt i VUM-modellens temaer. Der skal kun noteres, hvis der er ændringer siden sidste møde.',
        en: "Significant changes in the citizen's situation that matter for the effort, by the themes of the VUM model. Note only what has changed since the last meeting.",
      },
      items: [
        {
          id: 'hasThemeChanges',
          type: 'yesNo',
          label: { da: 'Er der sket væsentlige ændringer siden sidste møde?', en: 'Have there been significant changes since the last meeting?' },
          required: true,
        },
        {
          id: 'themeChanges',
          type: 'group',
          label: { da: 'Nye forhold pr. tema', en: 'New circumstances per theme' },
          help: {
            da: 'Ét tema pr. ændring; kun temaer, hvor der er sket ændringer siden sidste møde.',
            en: 'One theme per change; only themes that have changed since the last meeting.',
          },
          entryLabel: { da: 'Ændring', en: 'Change' },
          required: true,
          minCount: 1,
          maxCount: 11,
          enableWhen: [{ item: 'hasThemeChanges', operator: 'equals', value: true }],
          binding: { target: 'statusNote.themeChanges' },
          items: [
            {
              id: 'lifeThemeKey',
              type: 'lifeTheme',
              label: { da: 'Tema', en: 'Theme' },
              required: true,
              binding: { target: 'themeChange.lifeThemeKey' },
            },
            {
              id: 'description',
              type: 'longText',
              label: { da: 'Hvad har ændret sig?', en: 'What has changed?' },
              required: true,
              binding: { target: 'themeChange.description' },
            },
            {
              id: 'functionalLevel',
              type: 'scale',
              label: { da: 'Funktionsevneniveau nu', en: 'Level of functioning now' },
              help: {
                da: 'VUM-skalaen 0-4. Lad feltet stå tomt, hvis niveauet ikke er vurderet.',
                en: 'The VUM scale 0-4. Leave it empty if the level has not been assessed.',
              },
              min: 0,
              max: 4,
              minLabel: FUNCTIONAL_LEVEL_STEPS[0]!.label,
              maxLabel: FUNCTIONAL_LEVEL_STEPS[FUNCTIONAL_LEVEL_STEPS.length - 1]!.label,
              stepLabels: FUNCTIONAL_LEVEL_STEPS,
              binding: { target: 'themeChange.functionalLevel' },
            },
          ],
        },
      ],
    },
    {
      id: 'remarksSection',
      title: { da: 'Bemærkninger fra udfører', en: "The provider's remarks" },
      items: [
        {
          id: 'remarks',
          type: 'longText',
          label: { da: 'Bemærkninger fra udfører', en: "The provider's remarks" },
          help: { da: 'Fx behov for nye eller ændrede indsatsmål.', en: 'E.g. the need for new or changed goals.' },
          binding: { target: 'statusNote.remarks' },
        },
      ],
    },
    {
      id: 'servicesSection',
      title: { da: 'Serviceydelser', en: 'Services' },
      description: {
        da: 'Udfører skal for hver serviceydelse beskrive, om indsatsen virker efter hensigten.',
        en: 'For each service the provider describes whether the effort works as intended.',
      },
      items: [
        {
          id: 'services',
          type: 'group',
          label: { da: 'Bevilgede serviceydelser', en: 'Granted services' },
          entryLabel: { da: 'Serviceydelse', en: 'Service' },
          required: true,
          minCount: 1,
          maxCount: 10,
          items: [
            {
              id: 'serviceName',
              type: 'text',
              label: { da: 'Serviceydelse', en: 'Service' },
              help: { da: 'Som den står i bestillingen.', en: 'As named in the order.' },
              required: true,
              maxLength: LIMITS.shortTextLength,
            },
            {
              id: 'workingAsIntended',
              type: 'yesNo',
              label: { da: 'Virker den bevilgede indsats efter hensigten?', en: 'Does the granted effort work as intended?' },
              required: true,
            },
            {
              id: 'howFar',
              type: 'longText',
              label: { da: 'Hvor langt er man?', en: 'How far has it come?' },
              required: true,
            },
            {
              id: 'howWorked',
              type: 'longText',
              label: { da: 'Hvordan har man arbejdet med serviceydelsen?', en: 'How has the service been worked with?' },
              required: true,
            },
          ],
        },
      ],
    },
    {
      id: 'goalsSection',
      title: { da: 'Indsatsmål', en: 'Goals' },
      description: {
        da: 'Hvis borger har indsatsmål, skal der i status også være en evaluering af disse. Borger og leverandør kan have forskellige perspektiver på samme temaer. Det er derfor vigtigt at begge synspunkter fremgår.',
        en: 'If the citizen has goals, the status also evaluates them. The citizen and the provider may see the same themes differently, so both views must appear.',
      },
      items: [
        {
          id: 'goalStatuses',
          type: 'group',
          label: { da: 'Evaluering af indsatsmålene', en: 'Evaluation of the goals' },
          help: {
            da: 'Der er én række for hvert af kontraktens indsatsmål.',
            en: "There is one entry for each of the contract's goals.",
          },
          entryLabel: { da: 'Indsatsmål', en: 'Goal' },
          minCount: 0,
          maxCount: LIMITS.maxGoalsPerContract,
          binding: { target: 'statusNote.goalStatuses' },
          items: [
            {
              id: 'goalId',
              type: 'text',
              label: { da: 'Indsatsmål', en: 'Goal' },
              help: {
                da: 'Udfyldes af systemet med kontraktens indsatsmål og kan ikke ændres.',
                en: "Filled in by the system with the contract's goal; it cannot be changed.",
              },
              required: true,
              readOnly: true,
              maxLength: LIMITS.nameLength,
              binding: { target: 'goalStatus.goalId' },
            },
            {
              id: 'attainment',
              type: 'singleChoice',
              label: { da: 'Er målet nået?', en: 'Is the goal reached?' },
              required: true,
              options: [
                { value: 'REACHED', label: { da: 'Ja, nået', en: 'Yes, reached' } },
                { value: 'PARTLY', label: { da: 'Delvist nået', en: 'Partly reached' } },
                { value: 'NOT_REACHED', label: { da: 'Nej, ikke nået', en: 'No, not reached' } },
              ],
              binding: { target: 'goalStatus.attainment' },
            },
            {
              id: 'how',
              type: 'longText',
              label: { da: 'Hvordan har man arbejdet med målet?', en: 'How has the goal been worked with?' },
              required: true,
              binding: { target: 'goalStatus.how' },
            },
            {
              id: 'citizenView',
              type: 'longText',
              label: { da: 'Borgerens oplevelse', en: "The citizen's view" },
              help: {
                da: 'Borgers oplevelse er vigtig ift. at tilrettelægge indsatsen, så borger er motiveret for deltagelse.',
                en: "The citizen's experience matters for planning the effort so that the citizen is motivated to take part.",
              },
              required: true,
              binding: { target: 'goalStatus.citizenView' },
            },
            {
              id: 'professionalView',
              type: 'longText',
              label: { da: 'Den fagprofessionelle vurdering', en: "The professional's assessment" },
              help: {
                da: 'Den fagprofessionelle vurdering er vigtig ift. myndigheds mulighed for at tilpasse indsatsen på et fagligt grundlag.',
                en: "The professional assessment matters for the authority's ability to adjust the effort on a professional basis.",
              },
              required: true,
              binding: { target: 'goalStatus.professionalView' },
            },
            {
              id: 'score',
              type: 'scale',
              label: { da: 'Vurdering af ressourcer og støttebehov (1-10)', en: 'Rating of resources and support need (1-10)' },
              help: {
                da: 'Udfyldes, når kontrakten aftaler opfølgning i tal: samme skala som ved opstarten af indsatsen, så de to tal kan sammenholdes.',
                en: 'Filled in when the contract agrees on reporting in numbers: the same scale as at the start of the effort, so the two numbers can be compared.',
              },
              min: 1,
              max: 10,
              minLabel: { da: 'Få ressourcer, stort støttebehov', en: 'Few resources, high support need' },
              maxLabel: { da: 'Mange ressourcer, lille støttebehov', en: 'Many resources, low support need' },
              binding: { target: 'goalStatus.score' },
            },
          ],
        },
      ],
    },
    {
      id: 'review',
      title: { da: 'Gennemgang med borger', en: 'Review with the citizen' },
      description: {
        da: 'Udfører gennemgår mundtligt status med borger. Hvis borger har en personlig værge, og det ikke er muligt med borger, gennemgås status med værgen inden mødet. Hvis dette heller ikke er muligt, skal begrundelse herfor fremgå af status.',
        en: 'The provider reviews the status orally with the citizen. If the citizen has a personal guardian and it is not possible with the citizen, it is reviewed with the guardian before the meeting. If that is not possible either, the status gives the reason.',
      },
      items: [
        {
          id: 'reviewedWithCitizen',
          type: 'yesNo',
          label: { da: 'Er status gennemgået mundtligt med borger (eller værge)?', en: 'Has the status been reviewed orally with the citizen (or the guardian)?' },
          required: true,
          binding: { target: 'statusNote.reviewedWithCitizen' },
        },
        {
          id: 'reviewedWith',
          type: 'singleChoice',
          label: { da: 'Gennemgået med', en: 'Reviewed with' },
          required: true,
          options: [
            { value: 'CITIZEN', label: { da: 'Borgeren', en: 'The citizen' } },
            { value: 'GUARDIAN', label: { da: 'Den personlige værge', en: 'The personal guardian' } },
            { value: 'CITIZEN_AND_GUARDIAN', label: { da: 'Borgeren og værgen', en: 'The citizen and the guardian' } },
          ],
          enableWhen: [{ item: 'reviewedWithCitizen', operator: 'equals', value: true }],
        },
        {
          id: 'notReviewedReason',
          type: 'longText',
          label: { da: 'Hvorfor har det ikke været muligt?', en: 'Why has it not been possible?' },
          required: true,
          enableWhen: [{ item: 'reviewedWithCitizen', operator: 'equals', value: false }],
          binding: { target: 'statusNote.notReviewedReason' },
        },
      ],
    },
    {
      id: 'recommendationSection',
      title: { da: 'Anbefaling til videre forløb', en: 'Recommendation on the further course' },
      description: {
        da: 'Udfører kan anbefale nye mål (eller afslutning af indsatsen). Det er dog myndighed og borgeren, der i sidste ende afgør hvilke mål, der skal arbejdes videre med.',
        en: 'The provider may recommend new goals (or ending the effort). The authority and the citizen decide in the end which goals to work on.',
      },
      items: [
        {
          id: 'recommendation',
          type: 'singleChoice',
          label: { da: 'Anbefaling til videre forløb', en: 'Recommendation on the further course' },
          help: {
            da: 'Herunder fortsætte, ændring eller afslutning af indsatser.',
            en: 'Continuing, changing or ending efforts.',
          },
          required: true,
          options: RECOMMENDATION_OPTIONS,
          binding: { target: 'statusNote.recommendation' },
        },
        {
          id: 'proposedGoals',
          type: 'longText',
          label: { da: 'Forslag til nye eller ændrede mål', en: 'Proposed new or changed goals' },
          required: true,
          enableWhen: [{ item: 'recommendation', operator: 'equals', value: 'CHANGE' }],
        },
        {
          id: 'endingProposal',
          type: 'longText',
          label: {
            da: 'Hvornår er indsatsen færdig, og hvad skal evt. træde i stedet for?',
            en: 'When is the effort done, and what, if anything, should replace it?',
          },
          required: true,
          enableWhen: [{ item: 'recommendation', operator: 'equals', value: 'END' }],
        },
      ],
    },
  ],
};
