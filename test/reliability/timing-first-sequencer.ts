import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the timing measurement (overhead.spec.ts) before the other reliability files: the load and crash tests
 * leave work behind them (PostgreSQL's autovacuum and checkpoints, SQLite's WAL checkpoints, the OS flushing
 * their writes) that would share the machine's cores with the measured servers. The rest keep Vitest's order.
 */
export class TimingFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const timing = sorted.filter((file) => isTimingFile(file.moduleId));
    return [...timing, ...sorted.filter((file) => !isTimingFile(file.moduleId))];
  }
}

export const isTimingFile = (moduleId: string): boolean => moduleId.endsWith('/overhead.spec.ts');
