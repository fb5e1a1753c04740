import { suggestedFollowUps } from '@treklang/schema';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Contract } from '../contracts/contract.entity.js';
import { FollowUpMeeting } from './follow-up-meeting.entity.js';
import { todayInDenmark } from './follow-up.service.js';

/** Follow-up fields on Contract, kept with the follow-up module. */
@Resolver(() => Contract)
export class ContractFollowUpsResolver {
  @FieldResolver(() => [FollowUpMeeting], { description: "The contract's follow-up meetings, held and planned, by time." })
  followUpMeetings(@Root() contract: Contract, @Ctx() ctx: Context): Promise<FollowUpMeeting[]> {
    return ctx.loaders.manyBy(FollowUpMeeting, 'contractId', 'scheduledAt').load(contract.rowId);
  }

  @FieldResolver(() => [DateScalar], {
    description:
      "The default schedule from today on: the optional meeting 3 months after start (while it is ahead) and the next regular one on the service type's interval (residential 12 months, §104 24, §103 36; none for floating support, followed up as needed).",
  })
  suggestedFollowUps(@Root() contract: Contract): string[] {
    return suggestedFollowUps(contract.serviceType, contract.startDate, todayInDenmark()).map((s) => s.date);
  }
}
