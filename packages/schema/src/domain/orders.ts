import { danishParts } from './danish-time.js';
import { addMonths, type IsoDate } from './dates.js';

/**
 * The provider manager accepts or declines an order (bestilling) at the latest at the monthly management
 * review (Hjørring: "senest ved et månedligt ledelsestilsyn"), so the deadline is one month after sending.
 */
export const ORDER_DECISION_MONTHS = 1;

/**
 * The last day on which the provider manager should decide an order sent on `sentOn`: one calendar month
 * later, clamped to the end of a shorter month (31 January gives 28 or 29 February).
 */
export function orderDecisionDueBy(sentOn: IsoDate): IsoDate {
  return addMonths(sentOn, ORDER_DECISION_MONTHS);
}

/**
 * The deadline of an order sent at the instant `sentAt` (ISO 8601 with zone): counted from the day it was sent in
 * Denmark, the calendar every other deadline and `overdue` use. Between 00:00 and 01:00 (02:00 in summer) Danish
 * time the UTC date is still the day before.
 */
export function orderDecisionDueAt(sentAt: string): IsoDate {
  return orderDecisionDueBy(danishParts(sentAt).date);
}
