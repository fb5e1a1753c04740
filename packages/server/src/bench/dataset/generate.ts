import type { IsoDate } from '@treklang/schema';
import { createPrng } from '../../seed/prng.js';
import { emptyCaseRows, generateCitizen, type CaseContext, type CaseRows } from './cases.js';
import { planOrganizations, writeOrganizations, type OrganizationsPlan } from './organizations.js';
import { TABLES, type RowSink, type TableSpec } from './tables.js';

export interface DatasetOptions {
  citizens: number;
  /** Same seed, same rows (ids included), on every engine. */
  seed: number;
  /** The day the dataset is "as of". */
  today: IsoDate;
  providers: number;
  /** CPR numbers already in the database, which the generated citizens must not reuse. */
  existingCprs?: Iterable<string>;
  onProgress?: (citizensDone: number) => void;
}

export type DatasetCounts = Record<string, number>;

const CITIZENS_PER_FLUSH = 2_000;

const CASE_TABLE_OF: [keyof CaseRows, TableSpec][] = [
  ['citizen', TABLES.citizen], ['contract', TABLES.contract], ['goal', TABLES.goal], ['subGoal', TABLES.subGoal],
  ['meeting', TABLES.meeting], ['statusNote', TABLES.statusNote], ['measurement', TABLES.measurement],
];

/** Generates the whole dataset into the sink, a few thousand citizens per transaction. */
export async function generateDataset(sink: RowSink, options: DatasetOptions): Promise<{ plan: OrganizationsPlan; counts: DatasetCounts }> {
  const prng = createPrng(options.seed);
  const plan = planOrganizations(prng, options.providers);
  const counts: DatasetCounts = {};
  const written = await writeOrganizations(sink, plan, prng);
  counts.organization = written.organizations;
  counts.app_user = written.users;
  const ctx: CaseContext = { prng, plan, today: options.today, cprs: new Set(options.existingCprs ?? []) };
  for (let first = 0; first < options.citizens; first += CITIZENS_PER_FLUSH) {
    const rows = emptyCaseRows();
    const last = Math.min(options.citizens, first + CITIZENS_PER_FLUSH);
    for (let index = first; index < last; index++) generateCitizen(ctx, index, rows);
    for (const [key, table] of CASE_TABLE_OF) {
      counts[table.name] = (counts[table.name] ?? 0) + rows[key].length;
      await sink.insert(table, rows[key]);
    }
    await sink.flush();
    options.onProgress?.(last);
  }
  return { plan, counts };
}
