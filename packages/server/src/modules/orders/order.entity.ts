import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, DateColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, TextColumn, VarcharColumn } from '../../db/columns.js';
import { ServiceType } from '../../common/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';

export enum OrderStatus {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'SENT: awaiting the provider manager. ACCEPTED: the basis of a contract. DECLINED: refused with a reason.',
});

@Entity('purchase_order')
@ObjectType('Order', {
  implements: Node,
  description: "An order (bestilling) from the authority to the provider: the professional assessment, the services granted and the goals. The provider's manager accepts or declines it.",
})
export class Order implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('Order', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  @RefColumn('citizen_id')
  citizenId!: string;

  @RefColumn('authority_id')
  authorityId!: string;

  @RefColumn('provider_id')
  providerId!: string;

  @Field(() => String, { description: 'The professional assessment (faglig vurdering).' })
  @TextColumn('assessment')
  assessment!: string;

  @Field(() => [ServiceType], { description: 'The services granted.' })
  @JsonColumn('services')
  services!: ServiceType[];

  @Field(() => [String], { description: 'Goals (indsatsmål) set by the authority, if any.' })
  @JsonColumn('goals')
  goals!: string[];

  @Field(() => OrderStatus, { description: 'SENT, ACCEPTED or DECLINED.' })
  @VarcharColumn('status', 20)
  status!: OrderStatus;

  @Field(() => DateTimeScalar, { description: 'When the order was (last) sent.' })
  @InstantColumn('sent_at')
  sentAt!: string;

  @Field(() => DateScalar, { description: "The provider manager's deadline for deciding: at the latest the next monthly management review." })
  @DateColumn('decide_by')
  decideBy!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the provider decided.' })
  @InstantColumn('decided_at', { nullable: true })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the order was declined.' })
  @TextColumn('decline_reason', { nullable: true })
  declineReason!: string | null;

  @RefColumn('decided_by_id', { nullable: true })
  decidedById!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
