import { SERVICE_TYPES, type ServiceTypeKey } from '../vocab/service-types.js';
import { addDays, addMonths, type IsoDate } from './dates.js';

/** The provider breaks goals into sub-goals and sends them for approval at the latest 3 months after start. */
export const SUB_GOAL_APPROVAL_MONTHS = 3;
/** The caseworker starts planning a follow-up meeting at least 8 weeks before it. */
export const PLANNING_LEAD_DAYS = 8 * 7;
/** The provider delivers the written status at the latest 14 days before the meeting. */
export const STATUS_LEAD_DAYS = 14;
/** The optional early follow-up after start (Nordjylland: a 3-month meeting after move-in). */
export const EARLY_FOLLOW_UP_MONTHS = 3;

export function subGoalsDueBy(startDate: IsoDate): IsoDate {
  return addMonths(startDate, SUB_GOAL_APPROVAL_MONTHS);
}

export function planningStartBy(meetingDate: IsoDate): IsoDate {
  return addDays(meetingDate, -PLANNING_LEAD_DAYS);
}

export function statusDueBy(meetingDate: IsoDate): IsoDate {
  return addDays(meetingDate, -STATUS_LEAD_DAYS);
}

/** The date of the next regular follow-up after `from`, or null for services followed up as needed. */
export function nextRegularFollowUp(serviceType: ServiceTypeKey, from: IsoDate): IsoDate | null {
  const months = SERVICE_TYPES[serviceType].followUpIntervalMonths;
  return months === null ? null : addMonths(from, months);
}

/** A status note is on time when it was submitted on or before the day it was due. */
export function isOnTime(submittedOn: IsoDate, dueBy: IsoDate): boolean {
  return submittedOn <= dueBy;
}
