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
