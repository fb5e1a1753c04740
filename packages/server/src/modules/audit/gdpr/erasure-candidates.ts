import { addDays } from '@treklang/schema';
import { addYears } from './citizen-erasure.service.js';
import type { CursorKey } from '../../../graphql/connection.js';

/*
 * The SQL pre-filter of citizensDueForErasure: citizens of the authority, not anonymised, with no open contract or
 * waiting order and no creation, contract, order or consent date on or after `candidateBound`. It may only
 * over-include: each condition it drops a citizen for makes erasureStatusOf say "not erasable" too, and the dates it
 * does not look at (meetings, notes, measurements, forms) are left to the rule (candidate-bound.test.ts).
 */

/**
 * Citizens chosen by a query that selects their `id`, `created_at` and `position` (their place in creation order, as
 * the database orders: with its collation, which the keyset conditions use too), with its named parameters (`:name`).
 */
export interface CitizenSelection {
  citizens: string;
  parameters: Record<string, unknown>;
}

/**
 * A date no activity of a due citizen reaches: every due citizen's last activity L has addYears(L, years) <= today,
 * so L is at most one day after addYears(today, -years) (29 February counts to the 28th), and an instant's UTC date is
 * at most its Danish date. Compared with instants and dates as text.
 */
export function candidateBound(today: string, retentionYears: number): string {
  return addDays(addYears(today, -retentionYears), 2);
}

const PRE_FILTER = `c.authority_id = :authorityId AND c.created_at < :bound
  AND NOT EXISTS (SELECT 1 FROM citizen_erasure e WHERE e.citizen_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM contract k WHERE k.citizen_id = c.id
    AND (k.status IN ('DRAFT', 'ACTIVE') OR (k.status = 'TERMINATED' AND k.end_date IS NULL) OR k.created_at >= :bound OR k.end_date >= :bound))
  AND NOT EXISTS (SELECT 1 FROM purchase_order o WHERE o.citizen_id = c.id AND (o.status = 'SENT' OR o.sent_at >= :bound OR o.decided_at >= :bound))
  AND NOT EXISTS (SELECT 1 FROM consent s WHERE s.citizen_id = c.id AND (s.given_at >= :bound OR s.revoked_at >= :bound))`;

export interface CandidateQuery {
  authorityId: string;
  today: string;
  retentionYears: number;
}

/** Creation order, numbered by the database, so that no comparison of ids happens outside it. */
const POSITION = 'ROW_NUMBER() OVER (ORDER BY c.created_at, c.id) AS position';

const parametersOf = (query: CandidateQuery) => ({ authorityId: query.authorityId, bound: candidateBound(query.today, query.retentionYears) });

/** The citizens (alias `c`) meeting `condition`, numbered in creation order. */
export function citizensWhere(condition: string, parameters: Record<string, unknown>): CitizenSelection {
  return { citizens: `SELECT c.id, c.created_at, ${POSITION} FROM citizen c WHERE ${condition}`, parameters };
}

/** All the authority's citizens that may be due for anonymisation on `today` (a superset of those that are). */
export function allCandidates(query: CandidateQuery): CitizenSelection {
  return citizensWhere(PRE_FILTER, parametersOf(query));
}

/** The next `size` candidates in creation order after `after` (from the first when null). */
export function candidateBatch(query: CandidateQuery, after: CursorKey | null, size: number): CitizenSelection {
  const keyset = after ? 'AND (c.created_at > :afterAt OR (c.created_at = :afterAt AND c.id > :afterId))' : '';
  return {
    citizens: `SELECT c.id, c.created_at, ${POSITION} FROM citizen c WHERE ${PRE_FILTER} ${keyset} ORDER BY c.created_at, c.id LIMIT ${Number(size)}`,
    parameters: { ...parametersOf(query), afterAt: after?.createdAt, afterId: after?.id },
  };
}
