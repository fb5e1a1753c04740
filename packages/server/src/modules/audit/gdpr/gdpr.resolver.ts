import { danishToday } from '@treklang/schema';
import { Arg, Args, Ctx, Field, ObjectType, Mutation, Query, Resolver, ID } from 'type-graphql';
import { runMutation } from '../../../common/mutation.js';
import { type Connection, PageArgs } from '../../../graphql/connection.js';
import type { Context } from '../../../graphql/context.js';
import { fromGlobalId } from '../../../graphql/global-id.js';
import { rowIdOf } from '../../../graphql/ids.js';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { UserError } from '../../../graphql/user-error.js';
import { Citizen } from '../../citizens/citizen.entity.js';
import { AuditRefusals, refuse } from '../audit.errors.js';
import { allForCitizen, auditPage } from '../audit-log.service.js';
import { auditOriginOf } from '../audit-origin.js';
import { purposeOf } from '../audit-purpose.js';
import { caseRetentionYears } from '../audit-retention.js';
import { EraseCitizenInput } from '../dto/erase-citizen.input.js';
import { accessLogExport, CitizenAccessLogEntry, CitizenAccessLogEntryConnection, ExportFormat, toCitizenAccessLog } from './citizen-access-log.js';
import { CitizenDueForErasure, CitizenDueForErasureConnection } from './citizen-due-for-erasure.types.js';
import { eraseCitizen, loadErasureStatus } from './citizen-erasure.service.js';
import { CitizenErasureStatus } from './citizen-erasure-status.js';
import { citizensDueForErasure } from './citizens-due-for-erasure.service.js';
import { exportCitizenData } from './citizen-export.service.js';
import { findCitizen } from './citizen-records.js';

@ObjectType('DataExport', { description: 'A document to hand out, e.g. to a citizen asking for their data (GDPR art. 15).' })
export class DataExportType {
  @Field(() => String, { description: 'Suggested file name.' })
  fileName!: string;

  @Field(() => String, { description: 'MIME type, e.g. application/json; charset=utf-8 or text/csv; charset=utf-8.' })
  contentType!: string;

  @Field(() => String, { description: 'The document.' })
  content!: string;
}

@ObjectType('EraseCitizenPayload', { description: 'Result of eraseCitizen.' })
export class EraseCitizenPayload {
  @Field(() => Citizen, { nullable: true, description: 'The anonymised citizen, when the erasure was done.' })
  citizen!: Citizen | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the data were anonymised.' })
  erasedAt!: string | null;

  @Field(() => [UserError], { description: 'Problems (e.g. RETENTION_NOT_EXPIRED, CASE_OPEN); nothing was changed when any.' })
  userErrors!: UserError[];
}

/** Who of the citizen's authority may do what: hand out the citizen's data and log, or see whether it may be erased. */
const HAND_OUT = { roles: new Set(['CASEWORKER', 'ADMIN']), refusal: AuditRefusals.gdprRoles };
const ERASURE = { roles: new Set(['ADMIN']), refusal: AuditRefusals.erasureAdminOnly };

/** The citizen, when the viewer has one of the roles in the citizen's authority; otherwise a logged refusal. */
async function citizenForGdpr(ctx: Context, citizenId: string, operation: string, allowed = HAND_OUT): Promise<Citizen> {
  const decoded = fromGlobalId(citizenId);
  const citizen = decoded?.type === 'Citizen' ? await findCitizen(ctx.db, decoded.id) : null;
  const { viewer } = ctx;
  if (!citizen || viewer.organization.kind !== 'AUTHORITY' || citizen.authorityId !== viewer.organization.rowId) refuse(ctx, operation, AuditRefusals.citizenOutsideScope);
  if (!allowed.roles.has(viewer.user.role)) refuse(ctx, operation, allowed.refusal);
  ctx.access.recordRead('Citizen', citizen.rowId);
  return citizen;
}

@Resolver()
export class GdprResolver {
  @Query(() => CitizenAccessLogEntryConnection, {
    description: "Who accessed a citizen's personal data, when, how and why (GDPR art. 15), newest first. Caseworkers and admins of the citizen's authority.",
  })
  async citizenAccessLog(
    @Arg('citizenId', () => ID, { description: 'Global ID of the citizen.' }) citizenId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<CitizenAccessLogEntry>> {
    const citizen = await citizenForGdpr(ctx, citizenId, 'Query.citizenAccessLog');
    const result = await auditPage(ctx.db, { citizenId: citizen.rowId }, {}, page.first, page.after);
    const nodes = await toCitizenAccessLog(ctx.db, result.rows);
    const edges = nodes.map((node, i) => ({ node, cursor: result.cursors[i] }));
    return {
      edges,
      totalCount: result.totalCount,
      pageInfo: { hasNextPage: result.hasNextPage, hasPreviousPage: Boolean(page.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Query(() => DataExportType, { description: "A citizen's whole access log as a JSON or CSV document (GDPR art. 15), oldest first." })
  async citizenAccessLogExport(
    @Arg('citizenId', () => ID, { description: 'Global ID of the citizen.' }) citizenId: string,
    @Arg('format', () => ExportFormat, { defaultValue: 'CSV', description: 'JSON or CSV.' }) format: ExportFormat,
    @Ctx() ctx: Context,
  ): Promise<DataExportType> {
    const citizen = await citizenForGdpr(ctx, citizenId, 'Query.citizenAccessLogExport');
    return accessLogExport(citizen.rowId, await toCitizenAccessLog(ctx.db, await allForCitizen(ctx.db, citizen.rowId)), format);
  }

  @Query(() => DataExportType, {
    description: 'All data stored about a citizen as one JSON document (GDPR art. 15/20): citizen, orders, contracts and versions, goals, sub-goals, measurements, meetings, status notes, change notices, consents, form responses.',
  })
  async exportCitizenData(@Arg('citizenId', () => ID, { description: 'Global ID of the citizen.' }) citizenId: string, @Ctx() ctx: Context): Promise<DataExportType> {
    const citizen = await citizenForGdpr(ctx, citizenId, 'Query.exportCitizenData');
    return exportCitizenData(ctx.db, ctx.viewer, citizen);
  }

  @Query(() => CitizenErasureStatus, {
    nullable: true,
    description:
      "Whether and from when the citizen's personal data may be anonymised with eraseCitizen: the case's last activity, the first allowed date, whether the case is open or already anonymised. ADMIN of the citizen's authority.",
  })
  async citizenErasure(@Arg('citizenId', () => ID, { description: 'Global ID of the citizen.' }) citizenId: string, @Ctx() ctx: Context): Promise<CitizenErasureStatus> {
    const citizen = await citizenForGdpr(ctx, citizenId, 'Query.citizenErasure', ERASURE);
    return loadErasureStatus(ctx.db, citizen, danishToday(), caseRetentionYears());
  }

  @Query(() => CitizenDueForErasureConnection, {
    description:
      "The authority's citizens whose personal data may be anonymised with eraseCitizen today (closed case, last activity more than the retention period back, not yet anonymised: the rule of citizenErasure), in the order the citizens were registered, earliest first. ADMIN of an authority.",
  })
  async citizensDueForErasure(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<CitizenDueForErasure>> {
    const { viewer } = ctx;
    if (viewer.user.role !== 'ADMIN' || viewer.organization.kind !== 'AUTHORITY') refuse(ctx, 'Query.citizensDueForErasure', AuditRefusals.erasureListAdminOnly);
    return citizensDueForErasure(ctx.db, { authorityId: viewer.organization.rowId, today: danishToday(), retentionYears: caseRetentionYears() }, page);
  }

  @Mutation(() => EraseCitizenPayload, {
    description:
      "Anonymises a citizen's personal data (name, CPR number, contact details, free texts, form answers) once the case is closed and the retention period (TREKLANG_CASE_RETENTION_YEARS, default 5 years after the last activity) has passed. ADMIN of the citizen's authority. Logged in the audit chain; cannot be undone.",
  })
  async eraseCitizen(@Arg('input', () => EraseCitizenInput, { description: 'Which citizen, and the confirmation.' }) input: EraseCitizenInput, @Ctx() ctx: Context): Promise<EraseCitizenPayload> {
    const origin = auditOriginOf(ctx);
    const outcome = await runMutation(ctx, (tx) =>
      eraseCitizen(tx, ctx.engine, ctx.viewer, {
        citizenRowId: rowIdOf(input.citizenId, 'Citizen', ['input', 'citizenId']),
        confirmation: input.confirmation,
        today: danishToday(),
        retentionYears: caseRetentionYears(),
        origin,
        purpose: purposeOf(origin?.purposeHeader ?? undefined, ctx.viewer.user.role),
      }),
    );
    if (outcome.value) ctx.access.recordWrite('Citizen', outcome.value.citizen.rowId);
    else if (outcome.userErrors.some((e) => e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND')) ctx.access.recordRefusal('Mutation.eraseCitizen', outcome.userErrors[0].message);
    return { citizen: outcome.value?.citizen ?? null, erasedAt: outcome.value?.erasedAt ?? null, userErrors: outcome.userErrors };
  }
}
