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
  description: 'ACTIVE while worked on; the outcome (ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED) is recorded at follow-up; DISCONTINUED when replaced.',
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
  description: 'A part of a SMART goal: SPECIFIC (a title of at least 10 characters), MEASURABLE (a criterion), ACHIEVABLE (a goal type), RELEVANT (a life theme), TIME_BOUND (a deadline).',
});
