import type { Answers } from '../../forms/types.js';

/**
 * The follow-up checklist of Jonas' first annual status meeting (the invented citizen of the contract checklist
 * example), filled in before, at and after the meeting by the caseworker and the residential offer.
 */
export const completeAnswers: Answers = {
  serviceType: 'SEL_107',
  meetingDate: '2026-09-01',
  meetingTime: 'kl. 10.00-11.30',
  meetingPlace: 'Bostedet Engly, Engvej 12, 8800 Viborg, mødelokalet i fællesbygningen',
  agendaItems: ['GOAL_STATUS', 'LIFE_THEME_STATUS', 'FURTHER_COURSE', 'END_AND_REPLACEMENT', 'NEXT_MEETING'],
  otherAgendaItems: 'Jonas ønsker at tale om muligheden for et beskyttet job på genbrugspladsen.',
  agendaSentOn: '2026-07-06',
  materialRequested: 'Skriftlig status i prosa på de to indsatsmål og delmålene samt vurderingen af ressourcer og støttebehov på skalaen 1-10.',
  materialDueDate: '2026-08-18',
  citizenMayInvite: 'Jonas kan invitere sin mor (værge) og sin søster. Han har sagt, at han gerne vil have sin søster med som bisidder.',
  otherActorsCollected: true,
  otherActors: 'Distriktspsykiatrien Viborg (behandler) og Viborg Genbrugsplads, hvor Jonas har været i praktik.',
  preparedFromProviderStatus: true,
  goalStatusSummary:
    'Mål 1 (indkøb og madlavning) er delvist nået: to dage om ugen i 5 af de sidste 8 uger, vurdering 6 mod 3 ved start. Mål 2 (kontakt til familien) er nået og fastholdt, vurdering 8 mod 7.',
  lifeSituation: 'Jonas er faldet godt til, har en fast ugestruktur og færre perioder med angst. Han savner noget at stå op til om formiddagen.',
  functioningChanges: [
    {
      changeLifeThemeKey: 'PRACTICAL_TASKS',
      changeDescription: 'Handler selv ind med indkøbsliste og kan lave tre retter uden hjælp.',
    },
  ],
  recommendation: 'CHANGE',
  proposedGoals: 'Mål 1 fortsætter. Nyt mål om egen økonomi: Jonas betaler selv sine faste regninger via netbank med støtte én gang om måneden.',
  statusDeliveredOn: '2026-08-14',
  meetingParticipants: [
    { name: 'Jonas Holm Sørensen', role: 'Borger' },
    { name: 'Birgitte Holm Sørensen', role: 'Værge', organization: 'Mor' },
    { name: 'Anne Kathrine Lund', role: 'Rådgiver', organization: 'Viborg Kommune' },
    { name: 'Peter Mølgaard', role: 'Kontaktperson', organization: 'Bostedet Engly' },
  ],
  citizenAttended: true,
  agendaReviewed: true,
  decision: 'CHANGE',
  agreements:
    'Mål 1 fortsætter uændret til 31. december 2026. Nyt mål 3 om egen økonomi (Praktiske opgaver, udvikle) med frist 30. juni 2027. Rådgiver undersøger beskyttet beskæftigelse efter SEL § 103.',
  effortEnd: 'Indsatsen forventes afsluttet, når Jonas kan flytte i egen lejlighed med bostøtte efter SEL § 85, tidligst i sommeren 2027.',
  nextMeetingDate: '2027-03-01',
  adjustmentMeetingNeeded: true,
  adjustmentMeetingDate: '2026-09-15',
  actionPlanUpdated: true,
  actionPlanSentOn: '2026-09-10',
  subGoalsWritten: true,
  priceChanged: true,
  contractUpdatedOn: '2026-09-22',
};
