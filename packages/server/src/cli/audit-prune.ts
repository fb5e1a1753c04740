import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { pruneAuditLog } from '../modules/audit/audit-prune.js';
import { auditRetentionMonths } from '../modules/audit/audit-retention.js';
import { consoleOutput, isMain, runCli, type CliOutput } from './cli-support.js';

/**
 * The audit log's pruning job (`node packages/server/dist/cli/audit-prune.js`, e.g. nightly from cron): removes
 * entries older than TREKLANG_AUDIT_RETENTION_MONTHS (default and minimum 6) and leaves a checkpoint.
 */
export async function auditPruneCommand(env: NodeJS.ProcessEnv = process.env, io: CliOutput = consoleOutput): Promise<number> {
  const config = loadConfig(env);
  const retentionMonths = auditRetentionMonths(env);
  const db = await openDatabase(config.databaseUrl);
  try {
    const result = await pruneAuditLog(db, { retentionMonths });
    io.out(
      result.throughSeq === null
        ? `Nothing to prune: no entries older than ${retentionMonths} months (before ${result.cutoff}).`
        : `Pruned ${result.removed} entries older than ${retentionMonths} months, through entry ${result.throughSeq}; checkpoint recorded.`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}

if (isMain(import.meta.url)) runCli(() => auditPruneCommand());
