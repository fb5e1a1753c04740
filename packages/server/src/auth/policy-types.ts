import type { Role } from '../common/enums.js';
import type { ConsentCategory } from '../modules/consents/consent-category.js';
import type { ApiScope } from './scopes.js';

/*
 * The vocabulary of the policy table (policy-table.ts). The enforcement (field-guard.ts, case-access.ts) reads
 * nothing but the table, so what the table says is what the API does.
 */

export const ROLES: readonly Role[] = ['CASEWORKER', 'PROVIDER_STAFF', 'PROVIDER_MANAGER', 'MANAGER', 'ADMIN', 'INTEGRATOR'];

/**
 * In which organisation scope a role may do something.
 * - ANY: every signed-in user (not personal data: vocabularies, organisation names).
 * - OWN_ORGANIZATION: objects of the viewer's own organisation (its users, its API tokens, its audit log).
 * - OWN_AUTHORITY: the cases of the viewer's authority (the viewer's organisation must be an authority).
 * - OWN_PROVIDER: the contracts and orders placed with the viewer's provider: the business record, no personal data.
 * - OWN_PROVIDER_WITH_ACTIVE_CONTRACT: personal data of a case only while the provider has an active contract for it
 *   (ACTIVE, or TERMINATED until its end date) and a consent in force covers the provider and that kind of information.
 *   The citizen's own record (Citizen) needs an active contract; the data of one contract (its goals, forms, ...)
 *   also the draft being agreed. An order or an ended contract is never enough.
 * - OWN_CASES: OWN_AUTHORITY in an authority, what PROVIDER_STAFF has in a provider (admins, integrators).
 * - AGGREGATES_ONLY: numbers over the viewer's own organisation's cases, never a person.
 * - NONE: refused.
 */
export type OrgScope =
  | 'ANY'
  | 'OWN_ORGANIZATION'
  | 'OWN_AUTHORITY'
  | 'OWN_PROVIDER'
  | 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT'
  | 'OWN_CASES'
  | 'AGGREGATES_ONLY'
  | 'NONE';

export type RoleScopes = Readonly<Record<Role, OrgScope>>;

/**
 * What a field carries. CASE: the case's business record (dates, status, service, price, IDs), shown to every
 * party of the case; the others are the kinds a consent covers (ConsentCategory) and reach a provider only
 * through an active contract and a consent in force.
 */
export type InfoKind = 'CASE' | `${ConsentCategory}`;

/** How a refused Query field answers: EMPTY (null, [] or an empty connection: managers see no cases) or ERROR (FORBIDDEN). */
export type Refusal = 'EMPTY' | 'ERROR';

/** A Query or Mutation field. */
export interface OperationPolicy {
  roles: RoleScopes;
  /** The scope an integrator's API token needs; null: no token may call it, undefined: none needed. */
  apiScope?: ApiScope | null;
  /** The argument holding a search criterion, recorded in the access trail. */
  search?: string;
  refusal?: Refusal;
}

/** Where a personal-data object belongs: to a citizen, one contract, one order, or an organisation. */
export type AnchorKind = 'CITIZEN' | 'CONTRACT' | 'ORDER' | 'ORGANIZATION' | 'ROOT_ONLY';

/** An object type carrying personal data: who may see an object of it, and what each field carries. */
export interface TypePolicy {
  roles: RoleScopes;
  /** The scope an API token needs to read it; null: no token may, omitted: none needed. */
  apiScope?: ApiScope | null;
  anchor: AnchorKind;
  /** What the object as a whole carries: reading any field of it needs this. */
  object: InfoKind;
  /** Every field of the type: a field carrying more than the object (e.g. Contract.purpose) is checked on its own. */
  fields: Readonly<Record<string, InfoKind>>;
}
