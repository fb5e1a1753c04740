import { describeDatabase } from '../../cli/cli-support.js';
import { generateDataset, type DatasetCounts, type DatasetOptions } from './generate.js';
import type { OrganizationsPlan } from './organizations.js';
import { openLoadTarget } from './target.js';

export interface LoadOptions extends Omit<DatasetOptions, 'existingCprs'> {
  /** Write even when the database already holds citizens or demo users. */
  force: boolean;
}

export interface LoadResult {
  counts: DatasetCounts;
  seconds: number;
  plan: OrganizationsPlan;
}

/** Raised when the database holds data the generator must not mix with. */
export class RefusedError extends Error {}

/** Generates the dataset straight into the database at `databaseUrl` and refreshes the planner statistics. */
export async function loadDataset(databaseUrl: string, options: LoadOptions, log: (line: string) => void = () => {}): Promise<LoadResult> {
  const started = performance.now();
  const target = await openLoadTarget(databaseUrl);
  try {
    const existing = await target.existing();
    if ((existing.demoUsers > 0 || existing.citizens > 0) && !options.force) {
      throw new RefusedError(
        `${describeDatabase(databaseUrl)} already holds ${existing.citizens} citizens and ${existing.demoUsers} demo users; ` +
          'the generated dataset goes into an empty database. Pass --force to add it anyway.',
      );
    }
    // Loading into tables without their secondary indexes and building them afterwards is faster; only done
    // for an empty database (an interrupted load leaves a database to throw away, never a used one without indexes).
    const recreateIndexes = existing.citizens === 0 ? await target.dropIndexes() : null;
    let counts: DatasetCounts;
    let plan: OrganizationsPlan;
    try {
      const step = Math.max(options.citizens / 10, 1);
      let nextReport = step;
      ({ plan, counts } = await generateDataset(target.sink, {
        ...options,
        existingCprs: existing.cprs,
        onProgress: (done) => {
          options.onProgress?.(done);
          if (done >= nextReport || done === options.citizens) {
            log(`  ${done} of ${options.citizens} citizens written (${((performance.now() - started) / 1000).toFixed(1)} s)`);
            nextReport += step;
          }
        },
      }));
    } finally {
      const indexing = performance.now();
      await recreateIndexes?.();
      if (recreateIndexes) log(`  indexes built in ${((performance.now() - indexing) / 1000).toFixed(1)} s`);
    }
    await target.analyze();
    return { counts, plan, seconds: (performance.now() - started) / 1000 };
  } finally {
    await target.close();
  }
}
