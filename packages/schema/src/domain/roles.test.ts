import { describe, expect, it } from 'vitest';
import { roleFitsOrganization, rolesForOrganization } from './roles.js';

describe('roles per organisation kind', () => {
  it('keeps caseworkers at authorities and provider roles at providers', () => {
    expect(roleFitsOrganization('CASEWORKER', 'AUTHORITY')).toBe(true);
    expect(roleFitsOrganization('CASEWORKER', 'PROVIDER')).toBe(false);
    expect(roleFitsOrganization('PROVIDER_STAFF', 'AUTHORITY')).toBe(false);
    expect(roleFitsOrganization('PROVIDER_MANAGER', 'PROVIDER')).toBe(true);
  });

  it('allows administrators, managers and integrations at both kinds', () => {
    for (const role of ['ADMIN', 'MANAGER', 'INTEGRATOR']) {
      expect(roleFitsOrganization(role, 'AUTHORITY')).toBe(true);
      expect(roleFitsOrganization(role, 'PROVIDER')).toBe(true);
    }
  });

  it('refuses what is not a role', () => {
    expect(roleFitsOrganization('SUPERUSER', 'AUTHORITY')).toBe(false);
    expect(rolesForOrganization('AUTHORITY')).not.toContain('SUPERUSER');
  });
});
