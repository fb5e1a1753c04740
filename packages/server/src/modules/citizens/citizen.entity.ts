import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, DateColumn, IdColumn, IntColumn, RefColumn, VarcharColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';

@Entity('citizen')
@ObjectType('Citizen', { implements: Node, description: 'A citizen (borger) receiving support. Personal data: every field is scoped to the viewer.' })
export class Citizen implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('Citizen', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency: pass it as `expectedVersion` when updating.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  @Field(() => String, { description: 'Full name.' })
  @VarcharColumn('name', 200)
  name!: string;

  /** Full CPR number DDMMYY-SSSS; exposed through a resolver that masks it for roles that may not see it. */
  @VarcharColumn('cpr', 11, { unique: true })
  cpr!: string;

  @Field(() => DateScalar, { description: 'Birth date derived from the CPR number (YYYY-MM-DD).' })
  @DateColumn('birth_date')
  birthDate!: string;

  @Field(() => String, { nullable: true, description: 'Postal address.' })
  @VarcharColumn('address', 500, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @VarcharColumn('phone', 40, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Guardian (værge), if any.' })
  @VarcharColumn('guardian', 200, { nullable: true })
  guardian!: string | null;

  @Field(() => String, { nullable: true, description: 'Support person (bisidder), if any.' })
  @VarcharColumn('support_person', 200, { nullable: true })
  supportPerson!: string | null;

  /** The acting authority (handlekommune) whose caseworkers handle the citizen. */
  @RefColumn('authority_id')
  authorityId!: string;

  @CreatedAtColumn()
  createdAt!: string;
}
