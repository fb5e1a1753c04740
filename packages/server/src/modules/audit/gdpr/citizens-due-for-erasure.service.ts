import { LIMITS } from '@treklang/schema';
import { type DataSource, In } from 'typeorm';
import { type Connection, type CursorKey, decodeCursor, type Edge, encodeCursor, type PageArgs, type PageInfo, pageSize } from '../../../graphql/connection.js';
import { Citizen } from '../../citizens/citizen.entity.js';
import { type ErasureStatus, erasureStatusOf } from './citizen-erasure.service.js';
import { CitizenDueForErasure } from './citizen-due-for-erasure.types.js';
import { allCandidates, type CandidateQuery, type CitizenSelection, candidateBatch } from './erasure-candidates.js';
import { loadErasureFacts } from './erasure-facts.js';

/*
 * Which citizens of an authority are due for anonymisation, without reading every citizen's records:
 * 1. The SQL pre-filter (erasure-candidates.ts) selects candidates; it may only over-include.
 * 2. The facts of a selection of candidates are read set-based, in one statement (erasure-facts.ts), and the one rule,
 *    erasureStatusOf, decides for each candidate.
 * Pages are keyset pages over the candidates in creation order, with cursors like every other connection's: a page
 * takes batches of candidates until it has `first` due citizens and knows whether one more follows (one or two
 * batches, usually). The total takes every candidate in one selection, and is counted only when a client asks for it.
 * Not ordered by how long a citizen has been due: that order needs every candidate's last activity for every page,
 * ~250 ms for 7,000 candidates where a page in creation order takes ~10 ms (docs/benchmarks.md).
 */

const BATCH = LIMITS.maxPageSize;

export type DueQuery = CandidateQuery;

interface Due extends CursorKey {
  status: ErasureStatus;
}

/** The due citizens of a selection of candidates, and the candidates, both in creation order as the database orders. */
async function dueAmong(db: DataSource, selection: CitizenSelection, query: DueQuery): Promise<{ due: Due[]; candidates: CursorKey[] }> {
  const facts = await loadErasureFacts(db, selection);
  const candidates = [...facts].map(([id, citizenFacts]) => ({ id, createdAt: citizenFacts.citizen.createdAt, citizenFacts }));
  const due: Due[] = [];
  for (const { id, createdAt, citizenFacts } of candidates) {
    // The pre-filter leaves out anonymised citizens exactly, so every candidate is not yet anonymised.
    const status = erasureStatusOf(citizenFacts, false, query.today, query.retentionYears);
    if (status.erasable) due.push({ id, createdAt, status });
  }
  return { due, candidates };
}

/** Reads candidate batches after `after` until `wanted` due citizens are found or the candidates run out. */
async function scan(db: DataSource, query: DueQuery, after: CursorKey | null, wanted: number): Promise<Due[]> {
  const due: Due[] = [];
  let from = after;
  for (;;) {
    const batch = await dueAmong(db, candidateBatch(query, from, BATCH), query);
    due.push(...batch.due);
    if (due.length >= wanted || batch.candidates.length < BATCH) return due;
    from = batch.candidates[batch.candidates.length - 1];
  }
}

/** The page's citizens as edges, in the page's order. */
async function edgesOf(db: DataSource, page: Due[]): Promise<Edge<CitizenDueForErasure>[]> {
  if (!page.length) return [];
  const citizens = await db.getRepository(Citizen).findBy({ rowId: In(page.map((due) => due.id)) });
  const byId = new Map(citizens.map((citizen) => [citizen.rowId, citizen]));
  return page.flatMap((due) => {
    const citizen = byId.get(due.id);
    return citizen ? [{ cursor: encodeCursor(due), node: new CitizenDueForErasure(citizen, due.status) }] : [];
  });
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

/** One page of the authority's citizens due for anonymisation, in the order they were created. */
export async function citizensDueForErasure(db: DataSource, query: DueQuery, page: PageArgs): Promise<Connection<CitizenDueForErasure>> {
  const limit = pageSize(page.first);
  const after = page.after ? decodeCursor(page.after) : null;
  const due = await scan(db, query, after, limit + 1);
  const edges = await edgesOf(db, due.slice(0, limit));
  const pageInfo: PageInfo = {
    hasNextPage: due.length > limit,
    hasPreviousPage: Boolean(page.after),
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  return new DuePage(edges, pageInfo, async () => (await dueAmong(db, allCandidates(query), query)).due.length);
}
