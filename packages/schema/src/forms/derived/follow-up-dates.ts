import { type IsoDate, isIsoDate } from '../../domain/dates.js';
import { nextRegularFollowUp, planningStartBy, statusDueBy, subGoalsDueBy } from '../../domain/schedule.js';
import { SERVICE_TYPES, type ServiceTypeKey } from '../../vocab/service-types.js';
import { own } from '../answer-values.js';
import type { Answers } from '../types.js';

export interface FollowUpDates {
  /** startDate + 3 months: the provider's sub-goals are due for approval. */
  subGoalsDueBy: IsoDate | null;
  /** The next regular follow-up on the service type's interval, from meetingDate if given, else startDate; null for SEL § 85 (as needed). */
  nextFollowUp: IsoDate | null;
  /** meetingDate − 8 weeks: the caseworker starts planning the meeting. */
  planningStartBy: IsoDate | null;
  /** meetingDate − 14 days: the provider's written status is due. */
  statusDueBy: IsoDate | null;
}

function date(answers: unknown, key: string): IsoDate | null {
  const value = own(answers, key);
  return typeof value === 'string' && isIsoDate(value) ? value : null;
}

/**
 * The dates that follow from `startDate`, `serviceType` (SEL_85 | SEL_107 | SEL_108 | SEL_103 | SEL_104) and
 * `meetingDate` (packages/schema domain/schedule.ts); null wherever an input is missing or invalid.
 */
export function followUpDates(answers: Answers | null | undefined): FollowUpDates {
  const start = date(answers, 'startDate');
  const meeting = date(answers, 'meetingDate');
  const service = own(answers, 'serviceType');
  const serviceType = typeof service === 'string' && Object.hasOwn(SERVICE_TYPES, service) ? (service as ServiceTypeKey) : null;
  const base = meeting ?? start;
  return {
    subGoalsDueBy: start ? subGoalsDueBy(start) : null,
    nextFollowUp: serviceType && base ? nextRegularFollowUp(serviceType, base) : null,
    planningStartBy: meeting ? planningStartBy(meeting) : null,
    statusDueBy: meeting ? statusDueBy(meeting) : null,
  };
}
