import { addDays, LIMITS } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import { type Connection, type Edge, type PageArgs, type PageInfo, pageSize, paginate } from '../../../graphql/connection.js';
import { Citizen } from '../../citizens/citizen.entity.js';
import { addYears, erasureStatusOf } from './citizen-erasure.service.js';
import { CitizenDueForErasure } from './citizen-due-for-erasure.types.js';
import { loadErasureFacts } from './erasure-facts.js';

/*
 * Which citizens of an authority are due for anonymisation, without reading every citizen's records:
 * 1. SQL pre-filter (`candidates`): citizens of the authority, not anonymised, with no open contract or waiting order
 *    and no creation, contract, order or consent date on or after `candidateBound`. It may only over-include: each
 *    condition it drops a citizen for makes erasureStatusOf say "not erasable" too, and the dates it does not look at
 *    (meetings, notes, measurements, forms) are left to step 2.
 * 2. The one rule, erasureStatusOf, on the facts of each candidate (erasure-facts.ts), a batch of candidates at a time.
 * Pages are keyset pages over the candidates, oldest citizen first, with the cursors of every other connection; a page
 * reads candidate batches until it has `first` due citizens and knows whether one more follows. The total is counted
 * (through every candidate) only when a client asks for it.
 */

const BATCH = LIMITS.maxPageSize;

/**
 * A date no activity of a due citizen reaches: every due citizen's last activity L has addYears(L, years) <= today,
 * so L is at most one day after addYears(today, -years) (29 February counts to the 28th), and an instant's UTC date is
 * at most its Danish date. Compared with instants and dates as text.
 */
export function candidateBound(today: string, retentionYears: number): string {
  return addDays(addYears(today, -retentionYears), 2);
}

function candidates(db: DataSource, authorityId: string, bound: string) {
  return db
    .getRepository(Citizen)
    .createQueryBuilder('c')
    .where('c.authorityId = :authorityId', { authorityId })
    .andWhere('c.createdAt < :bound', { bound })
    .andWhere('NOT EXISTS (SELECT 1 FROM citizen_erasure e WHERE e.citizen_id = c.id)')
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM contract k WHERE k.citizen_id = c.id AND (k.status IN ('DRAFT', 'ACTIVE') OR (k.status = 'TERMINATED' AND k.end_date IS NULL) OR k.created_at >= :bound OR k.end_date >= :bound))`,
    )
    .andWhere(`NOT EXISTS (SELECT 1 FROM purchase_order o WHERE o.citizen_id = c.id AND (o.status = 'SENT' OR o.sent_at >= :bound OR o.decided_at >= :bound))`)
    .andWhere('NOT EXISTS (SELECT 1 FROM consent s WHERE s.citizen_id = c.id AND (s.given_at >= :bound OR s.revoked_at >= :bound))');
}

export interface DueQuery {
  authorityId: string;
  today: string;
  retentionYears: number;
}

/** The due citizens among one batch of candidates, in the batch's order. */
async function dueIn(db: DataSource, batch: Edge<Citizen>[], query: DueQuery): Promise<Edge<CitizenDueForErasure>[]> {
  const facts = await loadErasureFacts(db, batch.map((edge) => edge.node));
  const due: Edge<CitizenDueForErasure>[] = [];
  for (const { node, cursor } of batch) {
    // The pre-filter leaves out anonymised citizens exactly, so every candidate is not yet anonymised.
    const status = erasureStatusOf(facts.get(node.rowId)!, false, query.today, query.retentionYears);
    if (status.erasable) due.push({ cursor, node: new CitizenDueForErasure(node, status) });
  }
  return due;
}

/** Reads candidate batches after `after` until `wanted` due citizens are found or the candidates run out. */
async function scan(db: DataSource, query: DueQuery, after: string | null | undefined, wanted: number): Promise<{ due: Edge<CitizenDueForErasure>[]; exhausted: boolean }> {
  const bound = candidateBound(query.today, query.retentionYears);
  const due: Edge<CitizenDueForErasure>[] = [];
  let cursor = after ?? null;
  for (;;) {
    const batch = await paginate(candidates(db, query.authorityId, bound), 'c', { first: BATCH, after: cursor });
    due.push(...(await dueIn(db, batch.edges, query)));
    if (due.length >= wanted) return { due, exhausted: false };
    if (!batch.pageInfo.hasNextPage) return { due, exhausted: true };
    cursor = batch.pageInfo.endCursor;
  }
}

class DuePage implements Connection<CitizenDueForErasure> {
  #counted: Promise<number> | null = null;

  constructor(
    readonly edges: Edge<CitizenDueForErasure>[],
    readonly pageInfo: PageInfo,
    private readonly count: () => Promise<number>,
  ) {}

  get totalCount(): Promise<number> {
    this.#counted ??= this.count();
    return this.#counted;
  }
}

/** One page of the authority's citizens due for anonymisation, oldest citizen first. */
export async function citizensDueForErasure(db: DataSource, query: DueQuery, page: PageArgs): Promise<Connection<CitizenDueForErasure>> {
  const limit = pageSize(page.first);
  const { due } = await scan(db, query, page.after, limit + 1);
  const edges = due.slice(0, limit);
  const pageInfo: PageInfo = {
    hasNextPage: due.length > limit,
    hasPreviousPage: Boolean(page.after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  return new DuePage(edges, pageInfo, async () => (await scan(db, query, null, Number.POSITIVE_INFINITY)).due.length);
}
