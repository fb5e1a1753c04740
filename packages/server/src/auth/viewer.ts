import type { Organization } from '../modules/organizations/organization.entity.js';
import type { User } from '../modules/users/user.entity.js';

/** The authenticated user and their organisation: every read and write is scoped by it. */
export interface Viewer {
  user: User;
  organization: Organization;
  /**
   * Set for an integrator's API token: the scope strings it was granted (auth/scopes.ts), and the user is the
   * token's own service account (role INTEGRATOR). Undefined for a person's login: their role's rights apply.
   */
  scopes?: ReadonlySet<string>;
  /** Row ID of the API token the request came with, when it came with one. */
  apiTokenId?: string;
}

export const isAuthority = (viewer: Viewer): boolean => viewer.organization.kind === 'AUTHORITY';
export const isProvider = (viewer: Viewer): boolean => viewer.organization.kind === 'PROVIDER';
