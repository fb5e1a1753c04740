/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** AUTHORITY: a municipality buying support (myndighed). PROVIDER: who delivers it (leverandør, udfører). */
export type OrganizationKind =
  | 'AUTHORITY'
  | 'PROVIDER';

/** A user's role; together with the organisation it decides what the user may see and do. */
export type Role =
  /** Administers the organisation's users. */
  | 'ADMIN'
  /** Rådgiver/sagsbehandler at an authority. */
  | 'CASEWORKER'
  /** Another system using the API. */
  | 'INTEGRATOR'
  /** Leder: reads aggregated progression, never personal data. */
  | 'MANAGER'
  /** Afdelingsleder at a provider: accepts orders. */
  | 'PROVIDER_MANAGER'
  /** Udfører: staff at a provider working with the citizen. */
  | 'PROVIDER_STAFF';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, email: string, role: Role, organization: { id: string, name: string, kind: OrganizationKind } } };


export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;