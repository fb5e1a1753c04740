import type { Organization } from '../modules/organizations/organization.entity.js';
import type { User } from '../modules/users/user.entity.js';

/** The authenticated user and their organisation: every read and write is scoped by it. */
export interface Viewer {
  user: User;
  organization: Organization;
}

export const isAuthority = (viewer: Viewer): boolean => viewer.organization.kind === 'AUTHORITY';
export const isProvider = (viewer: Viewer): boolean => viewer.organization.kind === 'PROVIDER';
