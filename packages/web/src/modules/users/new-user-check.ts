import { isEmailAddress, type OrganizationKindName, roleFitsOrganization } from '@treklang/schema';

export interface NewUserValues {
  name: string;
  email: string;
  role: string;
}

export type NewUserProblem = 'nameRequired' | 'emailInvalid' | 'roleRequired';

/** What the form can tell before asking the server (the same rules the server applies): field → problem. */
export function checkNewUser(values: NewUserValues, kind: OrganizationKindName): Partial<Record<keyof NewUserValues, NewUserProblem>> {
  const problems: Partial<Record<keyof NewUserValues, NewUserProblem>> = {};
  if (!values.name.trim()) problems.name = 'nameRequired';
  if (!isEmailAddress(values.email.trim())) problems.email = 'emailInvalid';
  if (!roleFitsOrganization(values.role, kind)) problems.role = 'roleRequired';
  return problems;
}
