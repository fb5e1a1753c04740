import { parseArgs } from 'node:util';
import { isIsoDate } from '@treklang/schema';
import { consoleOutput, describeDatabase, isMain, runCli, type CliOutput } from '../../cli/cli-support.js';
import { todayInDenmark } from '../../modules/follow-ups/follow-up.service.js';
import { loadDataset, RefusedError } from './load.js';

const USAGE = `Usage: pnpm bench:data --citizens N [--database URL] [--seed S] [--today YYYY-MM-DD] [--providers P] [--force]

Generates a realistic dataset (98 authorities, about 500 providers, the 11 life themes, 1-3 goals per
contract, quarterly readings over three years, late and missed deadlines) straight into the database.
The database must be named: --database sqlite:path/to.db | postgres://user@host:5432/db, or DATABASE_URL.
It refuses a database that already holds citizens or demo users unless --force.`;

const parseOptions = (argv: string[]) =>
  parseArgs({
    args: argv,
    options: {
      citizens: { type: 'string' }, database: { type: 'string' }, seed: { type: 'string' }, today: { type: 'string' },
      providers: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean' },
    },
  });

/** `pnpm bench:data`: the dataset generator's command line. */
export async function benchDataCommand(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CliOutput = consoleOutput): Promise<number> {
  let values: ReturnType<typeof parseOptions>['values'];
  try {
    ({ values } = parseOptions(argv));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const citizens = Number(values.citizens);
  const seed = Number(values.seed ?? 4);
  const providers = Number(values.providers ?? 500);
  const today = values.today ?? todayInDenmark();
  const databaseUrl = values.database ?? env.DATABASE_URL;
  const problems = [
    !Number.isInteger(citizens) || citizens < 1 ? '--citizens must be a whole number of at least 1' : null,
    !Number.isInteger(seed) ? '--seed must be a whole number' : null,
    !Number.isInteger(providers) || providers < 5 ? '--providers must be a whole number of at least 5' : null,
    !isIsoDate(today) ? '--today must be a date YYYY-MM-DD' : null,
    !databaseUrl ? 'name the database with --database or DATABASE_URL (the generator never picks one by itself)' : null,
  ].filter((p): p is string => p !== null);
  if (problems.length) {
    io.err(`${problems.join('\n')}\n\n${USAGE}`);
    return 2;
  }
  io.err(`Generating ${citizens} citizens into ${describeDatabase(databaseUrl!)} (seed ${seed}, as of ${today})...`);
  try {
    const result = await loadDataset(databaseUrl!, { citizens, seed, today, providers, force: values.force ?? false }, io.err);
    const counts = Object.entries(result.counts).map(([table, n]) => `${n} ${table}`).join(', ');
    io.out(`Wrote ${counts} in ${result.seconds.toFixed(1)} s.`);
    return 0;
  } catch (error) {
    if (error instanceof RefusedError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

if (isMain(import.meta.url)) runCli(() => benchDataCommand(process.argv.slice(2)));
