import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation.js';

const paths = (role: Parameters<typeof navigationFor>[0], kind: Parameters<typeof navigationFor>[1]) => navigationFor(role, kind).map((item) => item.to);

describe('the main menu', () => {
  it("gives an authority's administrator the anonymisation list after users, API tokens and the audit log", () => {
    expect(paths('ADMIN', 'AUTHORITY').slice(-4)).toEqual(['/users', '/api-tokens', '/audit-log', '/anonymisation']);
  });

  it("gives it to no provider administrator, nor to any other role", () => {
    expect(paths('ADMIN', 'PROVIDER')).not.toContain('/anonymisation');
    for (const role of ['CASEWORKER', 'MANAGER', 'INTEGRATOR'] as const) expect(paths(role, 'AUTHORITY')).not.toContain('/anonymisation');
  });
});
