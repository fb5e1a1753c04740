import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, RefColumn, VarcharColumn } from '../../db/columns.js';
import { Role } from '../../common/enums.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';

@Entity('app_user')
@ObjectType('User', { implements: Node, description: 'A person or system using Treklang on behalf of one organisation.' })
export class User implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('User', this.rowId);
  }

  @Field(() => String, { description: 'Full name.' })
  @VarcharColumn('name', 200)
  name!: string;

  @Field(() => String, { description: 'E-mail; also the login name in demo mode.' })
  @VarcharColumn('email', 254, { unique: true })
  email!: string;

  @Field(() => Role, { description: 'What the user does; decides what the user may see and do.' })
  @VarcharColumn('role', 30)
  role!: Role;

  @RefColumn('organization_id')
  organizationId!: string;

  @CreatedAtColumn()
  createdAt!: string;
}
