import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, VarcharColumn } from '../../db/columns.js';
import { OrganizationKind } from '../../common/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';

@Entity('organization')
@ObjectType('Organization', { implements: Node, description: 'An authority (municipality) or a provider.' })
export class Organization implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('Organization', this.rowId);
  }

  @Field(() => String, { description: 'Name, e.g. "Hjørring Kommune".' })
  @VarcharColumn('name', 200)
  name!: string;

  @Field(() => OrganizationKind, { description: 'AUTHORITY or PROVIDER.' })
  @VarcharColumn('kind', 20)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Municipality code (kommunekode) for authorities, e.g. "0860".' })
  @VarcharColumn('municipality_code', 4, { nullable: true })
  municipalityCode!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
