import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { isAdmin } from '../../auth/policy.js';
import { type Connection, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../users/user.entity.js';
import { AuditRefusals, refuse } from './audit.errors.js';
import { auditPage, type AuditScope } from './audit-log.service.js';
import { AuditLogEntry, AuditLogEntryConnection, toAuditLogEntry } from './audit-log.types.js';
import { AuditLogFilter } from './dto/audit-log-filter.input.js';

const OPERATION = 'Query.auditLog';

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  @Query(() => AuditLogEntryConnection, {
    description:
      "The audit log, newest first. ADMIN only: the entries made by the organisation's users, or with `filter.citizenId` every entry concerning one of the authority's citizens. Reading it is itself logged.",
  })
  async auditLog(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Conditions; all must hold.' }) filter: AuditLogFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<AuditLogEntry>> {
    if (!isAdmin(ctx.viewer)) refuse(ctx, OPERATION, AuditRefusals.auditLogAdminOnly);
    let scope: AuditScope = { organizationId: ctx.viewer.organization.rowId };
    if (filter?.citizenId) {
      const decoded = fromGlobalId(filter.citizenId);
      const citizen = decoded?.type === 'Citizen' ? await ctx.db.getRepository(Citizen).findOneBy({ rowId: decoded.id }) : null;
      if (!citizen || citizen.authorityId !== ctx.viewer.organization.rowId) refuse(ctx, OPERATION, AuditRefusals.citizenOutsideScope);
      ctx.access.recordRead('Citizen', citizen.rowId);
      scope = { citizenId: citizen.rowId };
    }
    const userId = filter?.userId ? (fromGlobalId(filter.userId)?.id ?? filter.userId) : null;
    ctx.access.recordSearch(
      `auditLog ${JSON.stringify({ citizenId: filter?.citizenId ?? undefined, userId: filter?.userId ?? undefined, from: filter?.from ?? undefined, to: filter?.to ?? undefined, operation: filter?.operation ?? undefined })}`,
    );
    const result = await auditPage(ctx.db, scope, { userId, from: filter?.from, to: filter?.to, operation: filter?.operation?.trim() || null }, page.first, page.after);
    const edges = result.rows.map((row, i) => ({ node: toAuditLogEntry(row), cursor: result.cursors[i] }));
    return {
      edges,
      totalCount: result.totalCount,
      pageInfo: { hasNextPage: result.hasNextPage, hasPreviousPage: Boolean(page.after), startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The acting user's name as it is now (also of another organisation's user, e.g. a provider's staff reading one of the authority's citizens); null when no user is known.",
  })
  async userName(@Root() entry: AuditLogEntry, @Ctx() ctx: Context): Promise<string | null> {
    return entry.userRowId ? ((await ctx.loaders.byId(User).load(entry.userRowId))?.name ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The name of the acting user's organisation; null when not known." })
  async organizationName(@Root() entry: AuditLogEntry, @Ctx() ctx: Context): Promise<string | null> {
    return entry.organizationRowId ? ((await ctx.loaders.byId(Organization).load(entry.organizationRowId))?.name ?? null) : null;
  }
}
