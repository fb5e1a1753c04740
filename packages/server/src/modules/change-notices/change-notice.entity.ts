import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@Entity('change_notice')
@ObjectType('ChangeNotice', { implements: Node, description: 'A change notice from the provider: something changed that affects the agreed effort (Nordjylland).' })
export class ChangeNotice implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('ChangeNotice', this.rowId);
  }

  @RefColumn('contract_id')
  contractId!: string;

  @Field(() => String, { description: 'The change.' })
  @TextColumn('description')
  description!: string;

  @Field(() => String, { description: 'Its consequences for the effort.' })
  @TextColumn('consequences')
  consequences!: string;

  @Field(() => String, { nullable: true, description: 'Documentation of the change.' })
  @TextColumn('documentation', { nullable: true })
  documentation!: string | null;

  @RefColumn('reported_by_id')
  reportedById!: string;

  @Field(() => DateTimeScalar, { description: 'When it was reported.' })
  @CreatedAtColumn()
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the authority acknowledged it.' })
  @InstantColumn('acknowledged_at', { nullable: true })
  acknowledgedAt!: string | null;

  @RefColumn('acknowledged_by_id', { nullable: true })
  acknowledgedById!: string | null;
}
