import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { DEMO_AUTHORITIES, DEMO_PROVIDERS, DEMO_USERS } from './demo-organizations.js';

const read = (path: string) => readFileSync(resolve(repoRoot, path), 'utf8');
const organizationName = (key: string) => [...DEMO_AUTHORITIES, ...DEMO_PROVIDERS].find((o) => o.key === key)!.name;

describe('the demo users a new user reads about are the ones the seed creates', () => {
  it('lists every demo user with its role in the README table', () => {
    const rows = read('README.md').split('\n').filter((line) => /^\| `[^`]+\.demo`/.test(line));
    expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)![1])).toEqual(DEMO_USERS.map((u) => u.email));
    for (const [index, user] of DEMO_USERS.entries()) expect(rows[index]).toMatch(new RegExp(`\\| ${user.role}\\b`));
  });

  it('lists the same users, roles and organisations on the start page', () => {
    const page = read('packages/web/src/session/demo-users.ts');
    const listed = [...page.matchAll(/email: '([^']+)', role: '([A-Z_]+)', organization: '([^']+)'/g)].map((m) => [m[1], m[2], m[3]]);
    expect(listed).toEqual(DEMO_USERS.map((u) => [u.email, u.role, organizationName(u.organization)]));
  });
});
