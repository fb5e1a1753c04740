import { describe, expect, it } from 'vitest';
import { ROLE_NAMES, roleFitsOrganization, roleName, rolesForOrganization } from './roles.js';

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

describe('role names', () => {
  it('names every role an organisation can have, in Danish and English', () => {
    for (const role of new Set([...rolesForOrganization('AUTHORITY'), ...rolesForOrganization('PROVIDER')])) {
      expect(roleName(role, 'da')).not.toBe(role);
      expect(roleName(role, 'en')).not.toBe(role);
    }
    expect(ROLE_NAMES.da.CASEWORKER).toBe('Rådgiver');
  });

  it('gives the code itself for a role it does not know', () => {
    expect(roleName('SUPERUSER', 'da')).toBe('SUPERUSER');
  });
});
