import type { FormDefinition } from '../forms/types.js';
import { LIMITS } from '../limits.js';
import { FOLLOW_UP_FREQUENCY_HELP, SERVICE_TYPE_OPTIONS } from './contract-checklist.js';
import { RECOMMENDATION_OPTIONS } from './status-note.js';

/*
 * Midtjylland, "Tjekliste til opfølgning", and Nordjylland, "Tjekliste til statusmøde" (the same list: before,
 * at and after the meeting, split between the authority and the provider), with Hjørring's "Vejledning
 * vedrørende opfølgningsmøder" for the deadlines (planning 8 weeks before, written status 14 days before) and
 * the citizen's supporter. Every item says who fills it. The two seeds differ on who updates the contract when
 * the price changes (Midtjylland lists it under the authority, Nordjylland under the provider, who sends the
 * contract there); it follows Nordjylland here.
 */

const AUTHORITY = ['AUTHORITY' as const];
const PROVIDER = ['PROVIDER' as const];

export const followUpChecklist: FormDefinition = {
  key: 'follow-up-checklist',
  version: 1,
  title: { da: 'Tjekliste til opfølgning (statusmøde)', en: 'Follow-up checklist (status meeting)' },
  description: {
    da: 'Myndighed sætter opfølgningsmøder i værk efter en aftalt tidsplan. Leverandøren leverer en skriftlig opfølgning på de mål, der er aftalt og beskrevet – både indsatsmål og delmål – og anbefaler nye mål (eller afslutning af indsatsen). Det er myndighed og borgeren, der i sidste ende afgør hvilke mål, der skal arbejdes videre med.',
    en: 'The authority calls follow-up meetings on an agreed schedule. The provider delivers a written follow-up on the agreed goals – both goals and sub-goals – and recommends new goals (or ending the effort). The authority and the citizen decide in the end which goals to work on.',
  },
  source:
    'Midtjylland: Guideline om effekt og progression (2019), Tjekliste til opfølgning; Nordjylland: Målsætninger for samarbejde mellem myndighed og driftsherre, Tjekliste til statusmøde; Hjørring: Vejledning vedrørende opfølgningsmøder',
  subject: 'MEETING',
  filledBy: AUTHORITY,
  derived: ['followUpDates'],
  sections: [
    {
      id: 'before',
      title: { da: 'Før opfølgningsmødet', en: 'Before the follow-up meeting' },
      items: [
        {
          id: 'authorityBefore',
          type: 'display',
          label: { da: 'Myndighed', en: 'Authority' },
          text: {
            da: 'Rådgiver er ansvarlig for planlægningen af mødet og er mødeleder. Planlægningen begynder mindst 8 uger før det påtænkte møde.',
            en: 'The caseworker is responsible for planning the meeting and chairs it. Planning starts at least 8 weeks before the intended meeting.',
          },
          filledBy: AUTHORITY,
        },
        {
          id: 'serviceType',
          type: 'singleChoice',
          label: { da: 'Ydelse', en: 'Service' },
          help: FOLLOW_UP_FREQUENCY_HELP,
          required: true,
          options: SERVICE_TYPE_OPTIONS,
          filledBy: AUTHORITY,
        },
        {
          id: 'meetingDate',
          type: 'date',
          label: { da: 'Tidspunkt for mødet: dato', en: 'Time of the meeting: date' },
          help: {
            da: 'Planlægningen skal begynde senest 8 uger før, og leverandørens skriftlige status skal foreligge senest 14 dage før mødet.',
            en: "Planning must start at least 8 weeks before, and the provider's written status is due at the latest 14 days before the meeting.",
          },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'meetingTime',
          type: 'text',
          label: { da: 'Tidspunkt for mødet: klokkeslæt', en: 'Time of the meeting: time of day' },
          help: { da: 'Fx kl. 10.00-11.30.', en: 'E.g. 10.00-11.30.' },
          required: true,
          maxLength: 50,
          filledBy: AUTHORITY,
        },
        {
          id: 'meetingPlace',
          type: 'text',
          label: { da: 'Sted', en: 'Place' },
          help: {
            da: 'Som udgangspunkt på botilbuddet; bor borger i eget hjem, i borgers hjem eller i dagtilbuddet. Evt. over Teams, hvis det giver mening for borgeren.',
            en: "By default at the residential offer; if the citizen lives at home, in the citizen's home or at the day offer. Possibly on Teams if it makes sense for the citizen.",
          },
          required: true,
          maxLength: LIMITS.shortTextLength,
          filledBy: AUTHORITY,
        },
        {
          id: 'agendaItems',
          type: 'multipleChoice',
          label: { da: 'Udarbejde dagsorden med følgende punkter', en: 'Prepare an agenda with the following items' },
          required: true,
          minSelected: 1,
          options: [
            { value: 'GOAL_STATUS', label: { da: 'Gennemgang af status på mål', en: 'Review of the status of the goals' } },
            {
              value: 'LIFE_THEME_STATUS',
              label: {
                da: 'Gennemgang af konkret status på relevante livstemaer (kvalitativt og kvantitativt)',
                en: 'Review of the concrete status of relevant life themes (qualitative and quantitative)',
              },
            },
            {
              value: 'FURTHER_COURSE',
              label: {
                da: 'Aftale om det videre forløb/Aftale omkring konkrete målsætninger/afslutning',
                en: 'Agreement on the further course / on concrete goals / on ending',
              },
            },
            {
              value: 'END_AND_REPLACEMENT',
              label: { da: 'Hvornår er indsatsen færdig, og hvad skal evt. træde i stedet for', en: 'When is the effort done, and what, if anything, replaces it' },
            },
            { value: 'NEXT_MEETING', label: { da: 'Aftale om hvornår der skal mødes igen', en: 'Agreement on when to meet again' } },
          ],
          filledBy: AUTHORITY,
        },
        {
          id: 'otherAgendaItems',
          type: 'longText',
          label: { da: 'Øvrige punkter på dagsordenen', en: 'Other agenda items' },
          filledBy: AUTHORITY,
        },
        {
          id: 'agendaSentOn',
          type: 'date',
          label: { da: 'Dagsorden sendt til leverandør den', en: 'Agenda sent to the provider on' },
          help: {
            da: 'Sender dagsorden til leverandør med besked om: tidspunkt for mødet, det materiale leverandør skal levere inden opfølgningsmødet og hvem borgeren kan invitere til mødet.',
            en: 'Sends the agenda to the provider stating: the time of the meeting, the material the provider must deliver before the meeting, and whom the citizen may invite.',
          },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'materialRequested',
          type: 'longText',
          label: { da: 'Det materiale leverandør skal levere inden opfølgningsmødet', en: 'The material the provider must deliver before the meeting' },
          help: {
            da: 'I den form, der er aftalt i kontrakten (prosa og/eller tal).',
            en: 'In the form agreed in the contract (prose and/or numbers).',
          },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'materialDueDate',
          type: 'date',
          label: { da: 'Materialet skal foreligge senest', en: 'The material is due by' },
          help: { da: 'Senest 14 dage før mødet.', en: 'At the latest 14 days before the meeting.' },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'citizenMayInvite',
          type: 'longText',
          label: { da: 'Hvem borgeren kan invitere til mødet', en: 'Whom the citizen may invite to the meeting' },
          help: {
            da: 'Undersøg om borger ønsker bisidder eller deltagelse af pårørende på mødet.',
            en: 'Find out whether the citizen wants a supporter (bisidder) or relatives at the meeting.',
          },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'otherActorsCollected',
          type: 'yesNo',
          label: {
            da: 'Indhenter opfølgninger fra øvrige aktører i borgerens liv (eks. STU, aktivitetstilbud)',
            en: "Collects follow-ups from other actors in the citizen's life (e.g. special youth education, activity offers)",
          },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'otherActors',
          type: 'longText',
          label: { da: 'Fra hvilke aktører?', en: 'From which actors?' },
          required: true,
          enableWhen: [{ item: 'otherActorsCollected', operator: 'equals', value: true }],
          filledBy: AUTHORITY,
        },
        {
          id: 'preparedFromProviderStatus',
          type: 'yesNo',
          label: { da: 'Forbereder sig på baggrund af leverandørens tilbagemeldinger', en: "Prepares on the basis of the provider's reports" },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'providerBefore',
          type: 'display',
          label: { da: 'Leverandøren', en: 'The provider' },
          text: {
            da: 'Udarbejder en opfølgning, der indeholder korte beskrivelser af punkterne nedenfor, og leverer den senest 14 dage før mødet. Status gennemgås mundtligt med borger.',
            en: 'Writes a follow-up with short descriptions of the points below and delivers it at the latest 14 days before the meeting. The status is reviewed orally with the citizen.',
          },
          filledBy: PROVIDER,
        },
        {
          id: 'goalStatusSummary',
          type: 'longText',
          label: {
            da: 'Status på de mål, der er aftalt i kontrakten i den aftalte form (prosa og/eller tal)',
            en: 'Status of the goals agreed in the contract, in the agreed form (prose and/or numbers)',
          },
          required: true,
          filledBy: PROVIDER,
        },
        {
          id: 'lifeSituation',
          type: 'longText',
          label: {
            da: 'Status på borgerens livssituation generelt i relation til målopfyldelsen',
            en: "Status of the citizen's life situation in general in relation to goal attainment",
          },
          required: true,
          filledBy: PROVIDER,
        },
        {
          id: 'functioningChanges',
          type: 'group',
          label: {
            da: 'Relevante ændringer i funktionsevne i forhold til de aftalte livstemaer',
            en: 'Relevant changes in functioning in relation to the agreed life themes',
          },
          help: { da: 'Ét livstema pr. ændring; kun hvor der er ændringer.', en: 'One life theme per change; only where something has changed.' },
          entryLabel: { da: 'Ændring', en: 'Change' },
          minCount: 0,
          maxCount: 11,
          filledBy: PROVIDER,
          items: [
            {
              id: 'changeLifeThemeKey',
              type: 'lifeTheme',
              label: { da: 'Livstema', en: 'Life theme' },
              required: true,
            },
            {
              id: 'changeDescription',
              type: 'longText',
              label: { da: 'Ændring i funktionsevne', en: 'Change in functioning' },
              required: true,
            },
          ],
        },
        {
          id: 'recommendation',
          type: 'singleChoice',
          label: {
            da: 'Anbefaling til videre forløb – herunder fortsætte, ændring eller afslutning af indsatser',
            en: 'Recommendation on the further course – continuing, changing or ending efforts',
          },
          required: true,
          options: RECOMMENDATION_OPTIONS,
          filledBy: PROVIDER,
        },
        {
          id: 'proposedGoals',
          type: 'longText',
          label: { da: 'Konkrete målsætninger og/eller afslutning', en: 'Concrete goals and/or ending' },
          required: true,
          filledBy: PROVIDER,
        },
        {
          id: 'statusDeliveredOn',
          type: 'date',
          label: { da: 'Skriftlig status leveret den', en: 'Written status delivered on' },
          help: { da: 'Senest 14 dage før mødet.', en: 'At the latest 14 days before the meeting.' },
          required: true,
          filledBy: PROVIDER,
        },
      ],
    },
    {
      id: 'atMeeting',
      title: { da: 'Opfølgningsmøde', en: 'The follow-up meeting' },
      description: {
        da: 'Borger og/eller værge, myndighed og leverandør gennemgår dagsordenen for mødet. Rådgiver er mødeleder.',
        en: 'The citizen and/or the guardian, the authority and the provider go through the agenda of the meeting. The caseworker chairs it.',
      },
      items: [
        {
          id: 'meetingParticipants',
          type: 'participants',
          label: { da: 'Deltagere', en: 'Participants' },
          required: true,
          minCount: 1,
          maxCount: LIMITS.maxListItems,
          filledBy: AUTHORITY,
        },
        {
          id: 'citizenAttended',
          type: 'yesNo',
          label: { da: 'Deltog borgeren i mødet?', en: 'Did the citizen attend the meeting?' },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'citizenVisited',
          type: 'yesNo',
          label: { da: 'Har rådgiver tilset borger ved fysisk fremmøde?', en: 'Has the caseworker seen the citizen in person?' },
          help: {
            da: 'Hvis borger ikke ønsker at deltage i opfølgningsmødet, skal rådgiver tilse borger ved fysisk fremmøde, som led i det personrettede tilsyn.',
            en: 'If the citizen does not want to attend the follow-up meeting, the caseworker must see the citizen in person as part of the personal supervision.',
          },
          required: true,
          enableWhen: [{ item: 'citizenAttended', operator: 'equals', value: false }],
          filledBy: AUTHORITY,
        },
        {
          id: 'agendaReviewed',
          type: 'yesNo',
          label: { da: 'Er dagsordenen gennemgået?', en: 'Has the agenda been gone through?' },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'decision',
          type: 'singleChoice',
          label: { da: 'Aftale om det videre forløb', en: 'Agreement on the further course' },
          required: true,
          options: RECOMMENDATION_OPTIONS,
          filledBy: AUTHORITY,
        },
        {
          id: 'agreements',
          type: 'longText',
          label: { da: 'Aftale omkring konkrete målsætninger/afslutning', en: 'Agreement on concrete goals/ending' },
          help: {
            da: 'Hvis indsatsen skal fortsætte, aftaler myndighed, leverandør og borger borgerens fremtidige mål på mødet.',
            en: "If the effort is to continue, the authority, the provider and the citizen agree on the citizen's future goals at the meeting.",
          },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'effortEnd',
          type: 'longText',
          label: { da: 'Hvornår er indsatsen færdig, og hvad skal evt. træde i stedet for?', en: 'When is the effort done, and what, if anything, replaces it?' },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'nextMeetingDate',
          type: 'date',
          label: { da: 'Aftale om hvornår der skal mødes igen', en: 'When to meet again' },
          help: { da: 'Står tom for bostøtte, der følges op efter behov.', en: 'Left empty for floating support followed up as needed.' },
          filledBy: AUTHORITY,
        },
      ],
    },
    {
      id: 'after',
      title: { da: 'Efter opfølgningsmødet', en: 'After the follow-up meeting' },
      description: {
        da: 'På baggrund af aftaler om fremtidig indsats afholdes selvstændigt møde mellem myndighed og leverandør om forslag til justering af rammen og indsatsen.',
        en: 'Based on the agreements on the future effort, the authority and the provider hold a separate meeting on proposals to adjust the frame and the effort.',
      },
      items: [
        {
          id: 'adjustmentMeetingNeeded',
          type: 'yesNo',
          label: {
            da: 'Skal der holdes selvstændigt møde om justering af rammen og indsatsen?',
            en: 'Is a separate meeting on adjusting the frame and the effort to be held?',
          },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'adjustmentMeetingDate',
          type: 'date',
          label: { da: 'Dato for mødet mellem myndighed og leverandør', en: 'Date of the meeting between authority and provider' },
          required: true,
          enableWhen: [{ item: 'adjustmentMeetingNeeded', operator: 'equals', value: true }],
          filledBy: AUTHORITY,
        },
        {
          id: 'actionPlanUpdated',
          type: 'yesNo',
          label: {
            da: 'Myndighed: Opdaterer borgerens handleplan, som sendes til borger og leverandør',
            en: "Authority: updates the citizen's action plan and sends it to the citizen and the provider",
          },
          required: true,
          filledBy: AUTHORITY,
        },
        {
          id: 'actionPlanSentOn',
          type: 'date',
          label: { da: 'Handleplanen sendt den', en: 'Action plan sent on' },
          required: true,
          enableWhen: [{ item: 'actionPlanUpdated', operator: 'equals', value: true }],
          filledBy: AUTHORITY,
        },
        {
          id: 'subGoalsWritten',
          type: 'yesNo',
          label: {
            da: 'Leverandør: Udarbejder delmål på baggrund af de nye målsætninger i borgerens handleplan',
            en: "Provider: writes sub-goals based on the new goals in the citizen's action plan",
          },
          required: true,
          filledBy: PROVIDER,
        },
        {
          id: 'priceChanged',
          type: 'yesNo',
          label: { da: 'Er taksten ændret?', en: 'Has the price changed?' },
          required: true,
          filledBy: PROVIDER,
        },
        {
          id: 'contractUpdatedOn',
          type: 'date',
          label: { da: 'Leverandør: Opdaterer ved ændret takst også kontrakten – opdateret den', en: 'Provider: when the price changes, also updates the contract – updated on' },
          required: true,
          enableWhen: [{ item: 'priceChanged', operator: 'equals', value: true }],
          filledBy: PROVIDER,
        },
      ],
    },
  ],
};
