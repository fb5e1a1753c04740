import type { DataSource } from 'typeorm';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { verifyAuditChain } from '../modules/audit/audit-verify.js';
import { consoleOutput, describeDatabase, isMain, runCli, type CliOutput } from './cli-support.js';

/**
 * `pnpm audit:verify`: walks the audit log's hash chain. Exit code 0 when intact; 1 when an entry was changed,
 * removed or inserted, naming the first bad sequence number; 2 when the check could not run.
 */
export async function auditVerifyCommand(env: NodeJS.ProcessEnv = process.env, io: CliOutput = consoleOutput): Promise<number> {
  const config = loadConfig(env);
  let db: DataSource;
  try {
    db = await openDatabase(config.databaseUrl);
  } catch (error) {
    io.err(`Could not open ${describeDatabase(config.databaseUrl)}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  try {
    const result = await verifyAuditChain(db);
    const where = result.checkpointSeq === null ? 'from the start' : `from the checkpoint after entry ${result.checkpointSeq}`;
    if (result.ok) {
      io.out(`Audit log intact: ${result.entries} entries checked ${where}; chain head ${result.headSeq} ${result.headHash}.`);
      return 0;
    }
    io.out(`Audit log BROKEN at entry ${result.firstBadSeq}: ${result.problem}. (${result.entries} entries before it verified ${where}.)`);
    return 1;
  } finally {
    await db.destroy();
  }
}

if (isMain(import.meta.url)) runCli(() => auditVerifyCommand());
