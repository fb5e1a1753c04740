import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { nowInstant } from '../../db/columns.js';
import type { AccessedObjects } from '../../auth/access-trail.js';
import type { Context } from '../../graphql/context.js';
import type { Logger } from '../../ops/logger.js';
import type { AuditDraft, AuditObjectRef, AuditOutcome } from './audit-draft.js';
import { auditOriginOf } from './audit-origin.js';
import { purposeOf } from './audit-purpose.js';
import { citizensOf } from './audit-subjects.js';
import { engineOfDataSource, writeAudit } from './audit-writer.js';

/*
 * Writes the audit entry of a GraphQL request when it ends (willSendResponse), in the same database.
 * Logged: every mutation (attempted or done), every request whose AccessTrail (ctx.access) holds a read, write,
 * refusal or search of personal data, and every request refused with UNAUTHENTICATED or FORBIDDEN.
 * Fail closed: when the entry cannot be written (after the writer's retries), the error is logged (ids only)
 * and the client gets AUDIT_UNAVAILABLE (503) instead of the data; for a mutation the message says the change
 * may have been saved, and the log line names the written objects so the entry can be reconstructed.
 */

const REFUSAL_CODES = new Set(['FORBIDDEN']);

/** Root field names of the operation, fragments followed. */
export function rootFieldsOf(operation: OperationDefinitionNode | undefined, document: DocumentNode | undefined): string[] {
  if (!operation) return [];
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = document?.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names];
}

function errorCodesOf(rc: GraphQLRequestContextWillSendResponse<Context>): string[] {
  return (rc.errors ?? []).map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

function outcomeOf(codes: string[], refusals: number): AuditOutcome {
  if (codes.includes('UNAUTHENTICATED')) return 'UNAUTHENTICATED';
  if (refusals > 0 || codes.some((code) => REFUSAL_CODES.has(code))) return 'REFUSED';
  return codes.length ? 'ERROR' : 'OK';
}

interface TrailObjects {
  objects: AuditObjectRef[];
  /** Citizens the recorder named. */
  citizens: string[];
  /** Objects whose citizen the recorder did not name: the audit log looks these up. */
  unknown: AuditObjectRef[];
}

/** The trail's objects (already once each by type and row id), and which of their citizens the recorder named. */
function objectsOf(map: AccessedObjects | undefined): TrailObjects {
  const objects: AuditObjectRef[] = [];
  const citizens = new Set<string>();
  const unknown: AuditObjectRef[] = [];
  for (const object of map?.values() ?? []) {
    objects.push(object);
    if (object.citizenId) citizens.add(object.citizenId);
    else unknown.push(object);
  }
  return { objects, citizens: [...citizens], unknown };
}

/** The entry for a request, or null when the request touched no personal data and was not refused. */
export async function draftFor(rc: GraphQLRequestContextWillSendResponse<Context>, lookupDb: DataSource): Promise<AuditDraft | null> {
  const ctx = rc.contextValue;
  const trail = ctx.access;
  const codes = errorCodesOf(rc);
  const operationType = rc.operation?.operation ?? null;
  const refusedByCode = codes.some((code) => code === 'UNAUTHENTICATED' || REFUSAL_CODES.has(code));
  if (operationType !== 'mutation' && (!trail || trail.isEmpty) && !refusedByCode) return null;
  const read = objectsOf(trail?.read);
  const written = objectsOf(trail?.written);
  const looked = await citizensOf(lookupDb, engineOfDataSource(lookupDb), [...read.unknown, ...written.unknown]);
  const origin = auditOriginOf(ctx);
  const viewer = ctx.viewer;
  return {
    occurredAt: nowInstant(),
    kind: 'ACCESS',
    outcome: outcomeOf(codes, trail?.refused.length ?? 0),
    userId: viewer?.user.rowId,
    userRole: viewer?.user.role,
    organizationId: viewer?.organization.rowId,
    operationType,
    operationName: rc.operationName ?? rc.operation?.name?.value ?? null,
    rootFields: rootFieldsOf(rc.operation, rc.document),
    purpose: purposeOf(origin?.purposeHeader ?? rc.request.http?.headers.get('x-treklang-purpose') ?? undefined, viewer?.user.role),
    ip: origin?.ip,
    userAgent: origin?.userAgent ?? rc.request.http?.headers.get('user-agent'),
    requestId: origin?.requestId,
    read: read.objects,
    written: written.objects,
    refused: trail?.refused,
    searches: trail?.searches,
    errorCodes: codes,
    citizenIds: [...new Set([...read.citizens, ...written.citizens, ...looked])],
  };
}

function failClosed(rc: GraphQLRequestContextWillSendResponse<Context>, isMutation: boolean): void {
  const message = isMutation
    ? 'Adgangsloggen kunne ikke skrives; ændringen kan være gemt. Hent data igen før du prøver igen. / The access log could not be written; the change may have been saved. Reload before retrying.'
    : 'Adgangsloggen kunne ikke skrives, så data vises ikke. Prøv igen. / The access log could not be written, so no data is shown. Try again.';
  const error = new GraphQLError(message, { extensions: { code: 'AUDIT_UNAVAILABLE' } });
  rc.response.body = { kind: 'single', singleResult: { errors: [{ message: error.message, extensions: error.extensions }] } };
  rc.response.http.status = 503;
}

/** The audit log's Apollo plugin; `db` is the writing DataSource. */
export function auditPlugin(db: DataSource, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc) {
          let draft: AuditDraft | null = null;
          try {
            draft = await draftFor(rc, rc.contextValue.db ?? db);
            if (draft) await writeAudit(db, [draft]);
          } catch (error) {
            logger.error('audit entry could not be written', {
              requestId: auditOriginOf(rc.contextValue)?.requestId ?? null,
              operationName: rc.operationName ?? null,
              userId: rc.contextValue.viewer?.user.rowId ?? null,
              written: draft?.written?.map((o) => `${o.type}:${o.id}`) ?? [],
              error: error instanceof Error ? error.name : 'unknown',
            });
            failClosed(rc, rc.operation?.operation === 'mutation');
          }
        },
      };
    },
  };
}
