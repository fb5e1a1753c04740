import type { Answers } from '../../forms/types.js';

/** A signed consent (Sorø Bilag 6): three centres joined, nine parties may exchange information. */
export const completeAnswers: Answers = {
  joinedDepartments: ['CHILDREN_AND_FAMILIES', 'SOCIAL_AND_HEALTH', 'EMPLOYMENT_AND_CITIZEN_SERVICES'],
  exchangeAtMeetings: true,
  parties: [
    'COORDINATING_CASEWORKER_JOBCENTRE',
    'MENTOR',
    'CASEWORKER_CHILDREN_AND_FAMILIES',
    'CASEWORKER_SOCIAL_AND_HEALTH',
    'CASEWORKER_BENEFITS',
    'PSYCHIATRY',
    'OTHER_TREATMENT_PLACE',
    'DOCTOR',
    'OTHERS',
  ],
  otherTreatmentPlace: 'Smerteklinikken, Næstved Sygehus',
  otherParties: 'Min søster Anne Holm Jensen, som deltager i møderne som netværksperson',
  informationExchanged: 'Oplysninger om mit helbred, min behandling i psykiatrien og hos egen læge, min økonomi og boligsituation, min datters trivsel i skolen samt mit forløb i Jobcentret.',
  informationNotExchanged: 'Oplysninger om mit tidligere ægteskab og min eksmands forhold.',
  consentGiverName: 'Mette Holm Jensen',
  consentDate: '2026-03-10',
  signature: { name: 'Mette Holm Jensen', role: 'Borger', date: '2026-03-10' },
};
