import type { Locale } from '../vocab/text.js';

/*
 * Which roles a user of an organisation can have: caseworkers work at an authority (a municipality), provider staff
 * and provider managers at a provider; administrators, managers and integrations at either. And what the roles are
 * called, in the web app and in the files handed to citizens.
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

export type RoleName = 'CASEWORKER' | 'PROVIDER_STAFF' | 'PROVIDER_MANAGER' | 'MANAGER' | 'ADMIN' | 'INTEGRATOR';

export const ROLE_NAMES: Readonly<Record<Locale, Readonly<Record<RoleName, string>>>> = {
  da: {
    CASEWORKER: 'Rådgiver',
    PROVIDER_STAFF: 'Medarbejder hos leverandør',
    PROVIDER_MANAGER: 'Leder hos leverandør',
    MANAGER: 'Leder (samlede tal)',
    ADMIN: 'Administrator',
    INTEGRATOR: 'Integration',
  },
  en: {
    CASEWORKER: 'Caseworker',
    PROVIDER_STAFF: 'Provider staff',
    PROVIDER_MANAGER: 'Provider manager',
    MANAGER: 'Manager (aggregates)',
    ADMIN: 'Administrator',
    INTEGRATOR: 'Integration',
  },
};

/** A role's name in the language, or the code itself for a role this list does not know. */
export function roleName(role: string, locale: Locale): string {
  return (ROLE_NAMES[locale] as Record<string, string>)[role] ?? role;
}
