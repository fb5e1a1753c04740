import type { NonEmptyArray } from 'type-graphql';
import { CitizenResolver } from '../modules/citizens/citizen.resolver.js';
import { LifeThemeResolver } from '../modules/life-themes/life-theme.resolver.js';
import { OrganizationResolver } from '../modules/organizations/organization.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  OrganizationResolver,
  UserResolver,
  CitizenResolver,
  LifeThemeResolver,
];
