/*
 * Which roles a user of an organisation can have: caseworkers work at an authority (a municipality), provider staff
 * and provider managers at a provider; administrators, managers and integrations at either.
 */

export type OrganizationKindName = 'AUTHORITY' | 'PROVIDER';

const ROLES_BY_KIND: Readonly<Record<OrganizationKindName, readonly string[]>> = {
  AUTHORITY: ['CASEWORKER', 'MANAGER', 'ADMIN', 'INTEGRATOR'],
  PROVIDER: ['PROVIDER_STAFF', 'PROVIDER_MANAGER', 'MANAGER', 'ADMIN', 'INTEGRATOR'],
};

/** The roles a user of an organisation of this kind can have, in the order a form offers them. */
export function rolesForOrganization(kind: OrganizationKindName): readonly string[] {
  return ROLES_BY_KIND[kind];
}

export function roleFitsOrganization(role: string, kind: OrganizationKindName): boolean {
  return ROLES_BY_KIND[kind].includes(role);
}
