import type { Answers } from '../../forms/types.js';

/**
 * A complete complexity screening (Sorø Bilag 9) of an invented citizen: a woman in a resource programme with
 * depression, a housing crisis and a child showing signs of not thriving. Five statements fit and both axes
 * are HIGH, so collaboration meetings are recommended and offered.
 */
export const completeAnswers: Answers = {
  referredBy: 'Jobcentret, Vejen til job – virksomhedskonsulent Lene Dahl',
  visitationCriteria: ['CASES_IN_SEVERAL_DEPARTMENTS', 'MENTAL_ILLNESS', 'CHILDREN_NOT_THRIVING'],
  statements: {
    s1: { applies: true, comment: 'Sager i Jobcentret (ressourceforløb), Børn og Familier og Team Ydelser. Behandling i distriktspsykiatrien.' },
    s2: { applies: true, comment: 'Har modtaget varsel om udsættelse pga. huslejerestance. Datteren på 11 år er mærket af situationen.' },
    s3: { applies: false },
    s4: { applies: true, comment: 'Har ikke været på arbejdsmarkedet i fire år; depressionen gør det svært at møde stabilt.' },
    s5: { applies: false },
    s6: { applies: true, comment: 'Lille netværk: kun kontakt til en søster i Slagelse.' },
    s7: { applies: false },
    s8: { applies: true, comment: 'Skolen har underrettet om højt fravær og tristhed hos datteren.' },
    s9: { applies: false, comment: 'Kører selv bil og klarer indkøb.' },
  },
  healthComplexity: 'HIGH',
  environmentComplexity: 'HIGH',
  offerCollaborationMeetings: true,
  decisionReason: 'Flere udsagn passer, og sagen går på tværs af tre fagcentre. Borgeren er positiv over for et fælles team.',
};
