import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, type Connection } from '../../../graphql/connection.js';
import type { Context } from '../../../graphql/context.js';
import type { Contract } from '../../contracts/contract.entity.js';
import { ContractConnection } from '../../contracts/contract.resolver.js';
import { FollowUpMeeting } from '../../follow-ups/follow-up-meeting.entity.js';
import { Organization } from '../../organizations/organization.entity.js';
import { TimelinessFilter } from './dto/timeliness.filter.js';
import { lateMeetings, lateStatusNoteMeetings, lateSubGoalContracts, timelinessReport } from './timeliness.service.js';
import { TimelinessDimension, TimelinessGroup, TimelinessReport } from './timeliness.types.js';

export const FollowUpMeetingConnection = ConnectionType(FollowUpMeeting, 'FollowUpMeeting');

const LIST_NOTE = "Only for caseworkers, provider staff and others with access to the organisation's cases; null for managers, who get the shares only.";

@Resolver(() => TimelinessReport)
export class TimelinessResolver {
  @Query(() => TimelinessReport, {
    description:
      "Timeliness of the viewer's own organisation's cases: the shares of status notes delivered at least 14 days before the meeting, of contracts " +
      'whose sub-goals were approved within 3 months of the start, and of follow-up meetings held on schedule, grouped by the dimensions asked; ' +
      'with the late items behind each share for those who may see the cases.',
  })
  timeliness(
    @Arg('groupBy', () => [TimelinessDimension], { description: 'The dimensions to group by; empty for one group: the total.' }) groupBy: TimelinessDimension[],
    @Arg('filter', () => TimelinessFilter, { nullable: true, description: "Which deadlines; all of the organisation's when omitted." }) filter: TimelinessFilter | null,
    @Ctx() ctx: Context,
  ): Promise<TimelinessReport> {
    return timelinessReport(ctx.db, ctx.viewer, { filter, groupBy });
  }

  @FieldResolver(() => FollowUpMeetingConnection, {
    nullable: true,
    description: `Meetings whose status note came after its due date or has not come although due (their \`statusNote\` is null then). ${LIST_NOTE}`,
  })
  lateStatusNotes(@Root() report: TimelinessReport, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<FollowUpMeeting> | null> {
    return lateStatusNoteMeetings(ctx.db, ctx.viewer, report, page);
  }

  @FieldResolver(() => ContractConnection, { nullable: true, description: `Contracts whose sub-goals were not all approved within 3 months of the start. ${LIST_NOTE}` })
  lateSubGoalApprovals(@Root() report: TimelinessReport, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<Contract> | null> {
    return lateSubGoalContracts(ctx.db, ctx.viewer, report, page);
  }

  @FieldResolver(() => FollowUpMeetingConnection, { nullable: true, description: `Meetings held after their scheduled day, or not held although the day has passed. ${LIST_NOTE}` })
  lateMeetings(@Root() report: TimelinessReport, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Connection<FollowUpMeeting> | null> {
    return lateMeetings(ctx.db, ctx.viewer, report, page);
  }
}

@Resolver(() => TimelinessGroup)
export class TimelinessGroupResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The authority, when grouped by AUTHORITY.' })
  authority(@Root() group: TimelinessGroup, @Ctx() ctx: Context): Promise<Organization | null> {
    return group.authorityId === null ? Promise.resolve(null) : ctx.loaders.byId(Organization).load(group.authorityId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The provider, when grouped by PROVIDER.' })
  provider(@Root() group: TimelinessGroup, @Ctx() ctx: Context): Promise<Organization | null> {
    return group.providerId === null ? Promise.resolve(null) : ctx.loaders.byId(Organization).load(group.providerId);
  }
}
