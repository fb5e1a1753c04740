import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, JsonColumn, RefColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@Entity('consent')
@ObjectType('Consent', { implements: Node, description: "The citizen's consent (samtykke) to share information between parties; revocable at any time." })
export class Consent implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('Consent', this.rowId);
  }

  @RefColumn('citizen_id')
  citizenId!: string;

  @Field(() => [String], { description: 'The parties that may exchange information.' })
  @JsonColumn('parties')
  parties!: string[];

  @Field(() => [String], { description: 'What may be exchanged.' })
  @JsonColumn('scope')
  scope!: string[];

  @Field(() => [String], { description: 'What may not be exchanged.' })
  @JsonColumn('excluded')
  excluded!: string[];

  @Field(() => DateTimeScalar, { description: 'When the consent was given.' })
  @InstantColumn('given_at')
  givenAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; null while in force.' })
  @InstantColumn('revoked_at', { nullable: true })
  revokedAt!: string | null;

  @RefColumn('recorded_by_id')
  recordedById!: string;

  @CreatedAtColumn()
  createdAt!: string;
}
