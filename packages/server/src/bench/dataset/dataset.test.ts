import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliOutput } from '../../cli/cli-support.js';
import { openDatabase } from '../../db/data-source.js';
import { createScratchDatabase, type ScratchDatabase } from '../../db/scratch-database.js';
import { seedDemoData } from '../../seed/demo-seed.js';
import { benchDataCommand } from './cli.js';

function capture(): CliOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), err: (line) => stderr.push(line) };
}

const ARGS = ['--citizens', '300', '--providers', '25', '--today', '2026-05-01', '--seed', '3'];

async function scalar(url: string, sql: string): Promise<number[]> {
  const db = await openDatabase(url);
  try {
    const [row] = await db.query(sql);
    return Object.values(row as Record<string, unknown>).map(Number);
  } finally {
    await db.destroy();
  }
}

describe('pnpm bench:data', () => {
  let empty: ScratchDatabase;
  let demo: ScratchDatabase;
  beforeAll(async () => {
    empty = await createScratchDatabase();
    demo = await createScratchDatabase();
    const db = await openDatabase(demo.url);
    await seedDemoData(db);
    await db.destroy();
  });
  afterAll(async () => {
    await empty.drop();
    await demo.drop();
  });

  it('needs the database named, and sane numbers', async () => {
    const io = capture();
    expect(await benchDataCommand(['--citizens', '10'], {}, io)).toBe(2);
    expect(io.stderr.join('\n')).toMatch(/--database or DATABASE_URL/);
    expect(await benchDataCommand(['--citizens', 'many', '--database', empty.url], {}, capture())).toBe(2);
    expect(await benchDataCommand(['--citizens', '10', '--today', '2026-02-30', '--database', empty.url], {}, capture())).toBe(2);
  });

  it('generates the dataset: 98 authorities, the providers, the life themes, 1-3 goals per contract, quarterly readings, late deadlines', async () => {
    const io = capture();
    expect(await benchDataCommand([...ARGS, '--database', empty.url], {}, io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/Wrote 123 organization, 246 app_user, 300 citizen, \d+ contract/);
    const [authorities, providers, citizens, themes] = await scalar(
      empty.url,
      `SELECT (SELECT COUNT(*) FROM organization WHERE kind = 'AUTHORITY') AS a, (SELECT COUNT(*) FROM organization WHERE kind = 'PROVIDER') AS p,
        (SELECT COUNT(*) FROM citizen) AS c, (SELECT COUNT(DISTINCT life_theme_key) FROM goal) AS t`,
    );
    expect([authorities, providers, citizens]).toEqual([98, 25, 300]);
    expect(themes).toBeGreaterThanOrEqual(9);
    const [fewest, most] = await scalar(empty.url, `SELECT MIN(n) AS lo, MAX(n) AS hi FROM (SELECT COUNT(*) AS n FROM goal GROUP BY contract_id) x`);
    expect([fewest, most]).toEqual([1, 3]);
    const [lateNotes, allNotes, unheld, pendingSubGoals, vum, firstReading] = await scalar(
      empty.url,
      `SELECT (SELECT COUNT(*) FROM status_note WHERE NOT on_time) AS l, (SELECT COUNT(*) FROM status_note) AS n,
        (SELECT COUNT(*) FROM follow_up_meeting WHERE held_at IS NULL AND scheduled_at < '2026-05-01') AS u,
        (SELECT COUNT(*) FROM sub_goal WHERE approval = 'PROPOSED') AS s, (SELECT COUNT(*) FROM measurement WHERE scale = 'VUM_0_4') AS v,
        (SELECT CAST(SUBSTR(MIN(measured_at), 1, 4) AS integer) FROM measurement) AS f`,
    );
    expect(lateNotes / allNotes).toBeGreaterThan(0.08);
    expect(lateNotes / allNotes).toBeLessThan(0.35);
    expect(unheld).toBeGreaterThan(0);
    expect(pendingSubGoals).toBeGreaterThan(0);
    expect(vum).toBeGreaterThan(0);
    expect(firstReading).toBe(2023);
    // Every reference points at a row (the loader does not check them one by one).
    const db = await openDatabase(empty.url);
    try {
      const orphans = await db.query(
        `SELECT (SELECT COUNT(*) FROM contract c WHERE NOT EXISTS (SELECT 1 FROM citizen z WHERE z.id = c.citizen_id)) +
          (SELECT COUNT(*) FROM goal g WHERE NOT EXISTS (SELECT 1 FROM contract c WHERE c.id = g.contract_id)) +
          (SELECT COUNT(*) FROM measurement m WHERE NOT EXISTS (SELECT 1 FROM goal g WHERE g.id = m.goal_id) OR NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = m.recorded_by_id)) +
          (SELECT COUNT(*) FROM sub_goal s WHERE NOT EXISTS (SELECT 1 FROM goal g WHERE g.id = s.goal_id)) +
          (SELECT COUNT(*) FROM status_note n WHERE NOT EXISTS (SELECT 1 FROM follow_up_meeting m WHERE m.id = n.meeting_id AND m.contract_id = n.contract_id)) +
          (SELECT COUNT(*) FROM contract c WHERE NOT EXISTS (SELECT 1 FROM organization o WHERE o.id = c.provider_id AND o.kind = 'PROVIDER')) AS n`,
      );
      expect(Number(orphans[0].n)).toBe(0);
    } finally {
      await db.destroy();
    }
  });

  it('refuses a database that already holds citizens or demo users, unless --force', async () => {
    const again = capture();
    expect(await benchDataCommand([...ARGS, '--database', empty.url], {}, again)).toBe(1);
    expect(again.stderr.join('\n')).toMatch(/already holds 300 citizens/);
    const io = capture();
    expect(await benchDataCommand([...ARGS, '--database', demo.url], {}, io)).toBe(1);
    expect(io.stderr.join('\n')).toMatch(/demo users.*--force/s);
    const [before] = await scalar(demo.url, 'SELECT COUNT(*) AS n FROM citizen');
    expect(await benchDataCommand([...ARGS, '--citizens', '20'], { DATABASE_URL: demo.url }, capture())).toBe(1);
    expect(await scalar(demo.url, 'SELECT COUNT(*) AS n FROM citizen')).toEqual([before]);
    expect(await benchDataCommand([...ARGS, '--citizens', '20', '--force'], { DATABASE_URL: demo.url }, capture())).toBe(0);
    expect(await scalar(demo.url, 'SELECT COUNT(*) AS n FROM citizen')).toEqual([before + 20]);
  });
});
