import { loadDemoKey } from '../auth/demo-key.js';
import { DEMO_TOKEN_TTL_SECONDS, signDemoToken } from '../auth/tokens.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { User } from '../modules/users/user.entity.js';
import { consoleOutput, describeDatabase, isMain, runCli, type CliOutput } from './cli-support.js';

const USAGE = 'Usage: pnpm -s token <email>   e.g. pnpm -s token caseworker@hjoerring.demo';

/**
 * `pnpm token <email>`: prints a short-lived bearer token for a user in the database, signed with the demo key
 * the server uses (same DATABASE_URL and data folder). Demo mode only. Returns the exit code.
 */
export async function tokenCommand(args: string[], env: NodeJS.ProcessEnv = process.env, io: CliOutput = consoleOutput): Promise<number> {
  const config = loadConfig(env);
  if (config.mode === 'production') {
    io.err('pnpm token works in demo mode only: production tokens come from the municipality\'s OpenID Connect provider.');
    return 1;
  }
  const email = args.find((arg) => !arg.startsWith('-'))?.trim().toLowerCase();
  if (!email) {
    io.err(USAGE);
    return 1;
  }
  const db = await openDatabase(config.databaseUrl);
  try {
    const user = await db.getRepository(User).findOneBy({ email });
    if (!user) {
      const known = await db.getRepository(User).find({ order: { email: 'ASC' }, take: 30 });
      io.err(`No user with the e-mail "${email}" in ${describeDatabase(config.databaseUrl)}.`);
      io.err(known.length ? `Users: ${known.map((u) => u.email).join(', ')}` : 'The database has no users: start the server once (`pnpm start`) or run `pnpm db:seed`.');
      return 1;
    }
    const organization = await db.getRepository(Organization).findOneByOrFail({ rowId: user.organizationId });
    io.out(await signDemoToken(user.rowId, loadDemoKey(config.dataDir, env)));
    io.err(`Token for ${user.name} (${user.role}, ${organization.name}), valid ${DEMO_TOKEN_TTL_SECONDS / 60} minutes. Send it as "Authorization: Bearer <token>".`);
    return 0;
  } finally {
    await db.destroy();
  }
}

if (isMain(import.meta.url)) runCli(() => tokenCommand(process.argv.slice(2)));
