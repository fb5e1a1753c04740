import { registerEnumType } from 'type-graphql';

export enum GoalStatus {
  ACTIVE = 'ACTIVE',
  ACHIEVED = 'ACHIEVED',
  PARTLY_ACHIEVED = 'PARTLY_ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
  DISCONTINUED = 'DISCONTINUED',
}
registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'ACTIVE while worked on; the outcome is recorded at follow-up.',
  valuesConfig: {
    ACTIVE: { description: 'Being worked on.' },
    ACHIEVED: { description: 'Reached (recorded at follow-up).' },
    PARTLY_ACHIEVED: { description: 'Partly reached.' },
    NOT_ACHIEVED: { description: 'Not reached.' },
    DISCONTINUED: { description: 'Replaced or dropped; does not count towards the limit of 3.' },
  },
});

export enum SmartPart {
  SPECIFIC = 'SPECIFIC',
  MEASURABLE = 'MEASURABLE',
  ACHIEVABLE = 'ACHIEVABLE',
  RELEVANT = 'RELEVANT',
  TIME_BOUND = 'TIME_BOUND',
}
registerEnumType(SmartPart, {
  name: 'SmartPart',
  description: 'A part of a SMART goal.',
  valuesConfig: {
    SPECIFIC: { description: 'A title of at least 10 characters saying what the citizen will do.' },
    MEASURABLE: { description: 'A criterion saying how attainment is measured.' },
    ACHIEVABLE: { description: 'A goal type (develop, maintain, limit loss) setting a realistic expectation.' },
    RELEVANT: { description: "A life theme among the contract's." },
    TIME_BOUND: { description: 'A deadline.' },
  },
});
