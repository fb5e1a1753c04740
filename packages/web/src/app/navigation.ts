import type { OrganizationKind, Role } from '../generated/graphql.js';
import type { CommonTexts } from '../i18n/common-texts.js';

export interface NavigationItem {
  to: string;
  label: keyof CommonTexts['nav'];
}

/**
 * The main menu per role: managers see aggregates only, so no citizen or contract pages; administrators run users, API
 * tokens and the audit log, and an authority's administrators also the anonymisation of citizens.
 */
export function navigationFor(role: Role, kind: OrganizationKind): NavigationItem[] {
  switch (role) {
    case 'CASEWORKER':
    case 'PROVIDER_STAFF':
    case 'PROVIDER_MANAGER':
      return [
        { to: '/', label: 'work' },
        { to: '/citizens', label: 'citizens' },
        { to: '/contracts', label: 'contracts' },
        { to: '/progression', label: 'progression' },
      ];
    case 'MANAGER':
      return [{ to: '/progression', label: 'progression' }];
    case 'ADMIN':
      return [
        { to: '/', label: 'work' },
        { to: '/progression', label: 'progression' },
        { to: '/users', label: 'users' },
        { to: '/api-tokens', label: 'apiTokens' },
        { to: '/audit-log', label: 'auditLog' },
        ...(kind === 'AUTHORITY' ? [{ to: '/anonymisation', label: 'anonymisation' } as const] : []),
      ];
    case 'INTEGRATOR':
      return [
        { to: '/', label: 'work' },
        { to: '/progression', label: 'progression' },
      ];
  }
}
