import { Field, ID, InputType, Int } from 'type-graphql';
import { ServiceType } from '../../../common/enums.js';
import { OrderDecision } from '../order.enums.js';

@InputType({ description: "An order (bestilling) from the caseworker's authority to a provider." })
export class SendOrderInput {
  @Field(() => ID, { description: "The citizen; must belong to the caseworker's authority." })
  citizenId!: string;

  @Field(() => ID, { description: 'The provider (an organisation of kind PROVIDER).' })
  providerId!: string;

  @Field(() => String, { description: 'The professional assessment (faglig vurdering).' })
  assessment!: string;

  @Field(() => [ServiceType], { description: 'The services granted; at least one.' })
  services!: ServiceType[];

  @Field(() => [String], { nullable: true, description: 'Goals (indsatsmål), if any; at most 3.' })
  goals?: string[] | null;
}

@InputType({ description: "The provider manager's decision on a sent order." })
export class DecideOrderInput {
  @Field(() => ID, { description: 'The order.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a VERSION_CONFLICT.' })
  expectedVersion!: number;

  @Field(() => OrderDecision, { description: 'ACCEPTED or DECLINED.' })
  decision!: OrderDecision;

  @Field(() => String, { nullable: true, description: 'Why the order is declined; required when declining, not stored when accepting.' })
  reason?: string | null;
}

@InputType({ description: 'Changes to an order; omitted fields stay as they are. The order is sent again and must be accepted again.' })
export class UpdateOrderInput {
  @Field(() => ID, { description: 'The order.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a VERSION_CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'The professional assessment (faglig vurdering).' })
  assessment?: string | null;

  @Field(() => [ServiceType], { nullable: true, description: 'The services granted; at least one.' })
  services?: ServiceType[] | null;

  @Field(() => [String], { nullable: true, description: 'Goals (indsatsmål); at most 3; an empty list removes them.' })
  goals?: string[] | null;
}
