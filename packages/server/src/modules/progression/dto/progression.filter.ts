import { Field, ID, InputType } from 'type-graphql';
import { Scale, ServiceType } from '../../../common/enums.js';
import { DateScalar } from '../../../graphql/scalars.js';

@InputType({ description: "Which goals a progression report covers; always within the viewer's own organisation's cases." })
export class ProgressionFilter {
  @Field(() => ID, { nullable: true, description: 'Only contracts of this authority (Organization ID); an ID outside the viewer\'s cases matches nothing.' })
  authority?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only contracts with this provider (Organization ID).' })
  provider?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only goals in these life themes (keys, e.g. MENTAL_FUNCTIONS); all when omitted or empty.' })
  lifeThemes?: string[] | null;

  @Field(() => [ServiceType], { nullable: true, description: 'Only contracts of these service types; all when omitted or empty.' })
  serviceTypes?: ServiceType[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "Only goals whose latest reading (the date QUARTER uses) is on or after this day. Widened to the first day of its quarter, so that two " +
      'overlapping ranges never differ by less than a quarter.',
  })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only goals whose latest reading is on or before this day; widened to the last day of its quarter.' })
  to?: string | null;

  @Field(() => Scale, { nullable: true, defaultValue: 'ONE_TO_TEN', description: 'The scale whose readings are compared (default ONE_TO_TEN).' })
  scale?: Scale | null;
}
