import { Field, ID, InputType } from 'type-graphql';
import { ServiceType } from '../../../../common/enums.js';
import { DateScalar } from '../../../../graphql/scalars.js';

@InputType({ description: "Which deadlines a timeliness report covers; always within the viewer's own organisation's cases." })
export class TimelinessFilter {
  @Field(() => ID, { nullable: true, description: 'Only contracts of this authority (Organization ID).' })
  authority?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only contracts with this provider (Organization ID).' })
  provider?: string | null;

  @Field(() => [ServiceType], { nullable: true, description: 'Only contracts of these service types; all when omitted or empty.' })
  serviceTypes?: ServiceType[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only deadlines due on or after this day.' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only deadlines due on or before this day.' })
  to?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day to reckon from (deadlines before it have passed); defaults to today in Danish time.' })
  today?: string | null;
}
