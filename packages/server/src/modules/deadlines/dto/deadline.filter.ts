import { DEFAULT_DEADLINE_HORIZON_DAYS, MAX_DEADLINE_HORIZON_DAYS } from '@treklang/schema';
import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../../graphql/scalars.js';
import { DeadlineKind } from '../deadline.type.js';

@InputType({ description: 'Which deadlines to list.' })
export class DeadlineFilter {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only deadlines that have passed.' })
  overdueOnly?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_DEADLINE_HORIZON_DAYS,
    description: `Upcoming deadlines up to this many days ahead (0-${MAX_DEADLINE_HORIZON_DAYS}, default ${DEFAULT_DEADLINE_HORIZON_DAYS}); overdue ones are always listed.`,
  })
  withinDays?: number | null;

  @Field(() => [DeadlineKind], { nullable: true, description: 'Only these kinds; all when omitted.' })
  kinds?: DeadlineKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day to reckon from; defaults to today in Danish time.' })
  today?: string | null;
}
