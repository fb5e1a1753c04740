import type { Role } from '../generated/graphql.js';

/** The demo logins (the same list as the server's seed and the README); a server test keeps them in step. */
export interface DemoUser {
  email: string;
  role: Role;
  organization: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'caseworker@hjoerring.demo', role: 'CASEWORKER', organization: 'Hjørring Kommune' },
  { email: 'leder@hjoerring.demo', role: 'MANAGER', organization: 'Hjørring Kommune' },
  { email: 'admin@hjoerring.demo', role: 'ADMIN', organization: 'Hjørring Kommune' },
  { email: 'integration@hjoerring.demo', role: 'INTEGRATOR', organization: 'Hjørring Kommune' },
  { email: 'caseworker@soroe.demo', role: 'CASEWORKER', organization: 'Sorø Kommune' },
  { email: 'leder@soroe.demo', role: 'MANAGER', organization: 'Sorø Kommune' },
  { email: 'caseworker@aarhus.demo', role: 'CASEWORKER', organization: 'Aarhus Kommune' },
  { email: 'caseworker@aalborg.demo', role: 'CASEWORKER', organization: 'Aalborg Kommune' },
  { email: 'staff@lindely.demo', role: 'PROVIDER_STAFF', organization: 'Bostedet Lindely' },
  { email: 'manager@lindely.demo', role: 'PROVIDER_MANAGER', organization: 'Bostedet Lindely' },
  { email: 'staff@egebakken.demo', role: 'PROVIDER_STAFF', organization: 'Botilbuddet Egebakken' },
  { email: 'manager@egebakken.demo', role: 'PROVIDER_MANAGER', organization: 'Botilbuddet Egebakken' },
  { email: 'staff@bostoettennord.demo', role: 'PROVIDER_STAFF', organization: 'Bostøtten Nord' },
  { email: 'manager@bostoettennord.demo', role: 'PROVIDER_MANAGER', organization: 'Bostøtten Nord' },
  { email: 'staff@solsikken.demo', role: 'PROVIDER_STAFF', organization: 'Dagcenter Solsikken' },
  { email: 'manager@solsikken.demo', role: 'PROVIDER_MANAGER', organization: 'Dagcenter Solsikken' },
  { email: 'staff@kilen.demo', role: 'PROVIDER_STAFF', organization: 'Værkstedet Kilen' },
  { email: 'manager@kilen.demo', role: 'PROVIDER_MANAGER', organization: 'Værkstedet Kilen' },
];
