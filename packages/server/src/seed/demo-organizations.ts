import type { ServiceTypeKey } from '@treklang/schema';
import type { Role } from '../common/enums.js';

/*
 * The demo organisations and users. Authorities are real municipalities (the seeds' Hjørring and Sorø, and
 * Aarhus and Aalborg); providers and every person are invented. The e-mails are the demo logins the README
 * lists: `pnpm token <email>`.
 */

export type DemoAuthorityKey = 'HJOERRING' | 'SOROE' | 'AARHUS' | 'AALBORG';
export type DemoProviderKey = 'LINDELY' | 'EGEBAKKEN' | 'BOSTOETTEN_NORD' | 'SOLSIKKEN' | 'KILEN';
export type DemoOrganizationKey = DemoAuthorityKey | DemoProviderKey;

export interface DemoAuthority {
  key: DemoAuthorityKey;
  name: string;
  municipalityCode: string;
  /** Town and postcode for invented citizen addresses. */
  town: string;
  postcode: string;
  streets: readonly string[];
  /** How many of the demo citizens this authority acts for. */
  citizens: number;
}

export interface DemoProvider {
  key: DemoProviderKey;
  name: string;
  services: readonly ServiceTypeKey[];
  /** Where follow-up meetings are held. */
  meetingPlace: string;
}

export const DEMO_AUTHORITIES: readonly DemoAuthority[] = [
  { key: 'HJOERRING', name: 'Hjørring Kommune', municipalityCode: '0860', town: 'Hjørring', postcode: '9800', streets: ['Lindevej', 'Skolegade', 'Vestergade', 'Åstrupvej', 'Frederikshavnsvej'], citizens: 14 },
  { key: 'SOROE', name: 'Sorø Kommune', municipalityCode: '0340', town: 'Sorø', postcode: '4180', streets: ['Storgade', 'Søndersøvej', 'Rolighedsvej', 'Alléen'], citizens: 9 },
  { key: 'AARHUS', name: 'Aarhus Kommune', municipalityCode: '0751', town: 'Aarhus C', postcode: '8000', streets: ['Vesterbrogade', 'Nørregade', 'Mejlgade', 'Frederiks Allé'], citizens: 8 },
  { key: 'AALBORG', name: 'Aalborg Kommune', municipalityCode: '0851', town: 'Aalborg', postcode: '9000', streets: ['Boulevarden', 'Kastetvej', 'Hasserisgade', 'Vesterbro'], citizens: 9 },
];

export const DEMO_PROVIDERS: readonly DemoProvider[] = [
  { key: 'LINDELY', name: 'Bostedet Lindely', services: ['SEL_107', 'SEL_108'], meetingPlace: 'Bostedet Lindely, mødelokalet' },
  { key: 'EGEBAKKEN', name: 'Botilbuddet Egebakken', services: ['SEL_107', 'SEL_108'], meetingPlace: 'Botilbuddet Egebakken, fælleshuset' },
  { key: 'BOSTOETTEN_NORD', name: 'Bostøtten Nord', services: ['SEL_85'], meetingPlace: 'I borgerens hjem' },
  { key: 'SOLSIKKEN', name: 'Dagcenter Solsikken', services: ['SEL_104'], meetingPlace: 'Dagcenter Solsikken, caféen' },
  { key: 'KILEN', name: 'Værkstedet Kilen', services: ['SEL_103'], meetingPlace: 'Værkstedet Kilen, kontoret' },
];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  organization: DemoOrganizationKey;
}

/** Every demo login. The README's table and the start page list the same users. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'caseworker@hjoerring.demo', name: 'Mette Søndergaard', role: 'CASEWORKER', organization: 'HJOERRING' },
  { email: 'leder@hjoerring.demo', name: 'Henrik Kjærgaard', role: 'MANAGER', organization: 'HJOERRING' },
  { email: 'admin@hjoerring.demo', name: 'Lone Dalsgaard', role: 'ADMIN', organization: 'HJOERRING' },
  { email: 'integration@hjoerring.demo', name: 'Hjørring fagsystem (integration)', role: 'INTEGRATOR', organization: 'HJOERRING' },
  { email: 'caseworker@soroe.demo', name: 'Jonas Bech Thygesen', role: 'CASEWORKER', organization: 'SOROE' },
  { email: 'leder@soroe.demo', name: 'Birgitte Mørch', role: 'MANAGER', organization: 'SOROE' },
  { email: 'caseworker@aarhus.demo', name: 'Sara Lykkegaard', role: 'CASEWORKER', organization: 'AARHUS' },
  { email: 'caseworker@aalborg.demo', name: 'Rasmus Vestergaard Holm', role: 'CASEWORKER', organization: 'AALBORG' },
  { email: 'staff@lindely.demo', name: 'Camilla Krogsgaard', role: 'PROVIDER_STAFF', organization: 'LINDELY' },
  { email: 'manager@lindely.demo', name: 'Peter Vinding', role: 'PROVIDER_MANAGER', organization: 'LINDELY' },
  { email: 'staff@egebakken.demo', name: 'Morten Ravnsbæk', role: 'PROVIDER_STAFF', organization: 'EGEBAKKEN' },
  { email: 'manager@egebakken.demo', name: 'Susanne Løvgreen', role: 'PROVIDER_MANAGER', organization: 'EGEBAKKEN' },
  { email: 'staff@bostoettennord.demo', name: 'Line Hvidbjerg', role: 'PROVIDER_STAFF', organization: 'BOSTOETTEN_NORD' },
  { email: 'manager@bostoettennord.demo', name: 'Kasper Munkholm', role: 'PROVIDER_MANAGER', organization: 'BOSTOETTEN_NORD' },
  { email: 'staff@solsikken.demo', name: 'Anja Skovbølling', role: 'PROVIDER_STAFF', organization: 'SOLSIKKEN' },
  { email: 'manager@solsikken.demo', name: 'Torben Ladefoged', role: 'PROVIDER_MANAGER', organization: 'SOLSIKKEN' },
  { email: 'staff@kilen.demo', name: 'Nikolaj Fuglsang', role: 'PROVIDER_STAFF', organization: 'KILEN' },
  { email: 'manager@kilen.demo', name: 'Helle Brixtofte', role: 'PROVIDER_MANAGER', organization: 'KILEN' },
];

/** The e-mail that marks a database as already holding the demo data. */
export const DEMO_MARKER_EMAIL = 'caseworker@hjoerring.demo';
