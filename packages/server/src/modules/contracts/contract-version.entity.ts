import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, TextColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar, JSONScalar } from '../../graphql/scalars.js';

@Entity('contract_version')
@ObjectType('ContractVersion', { implements: Node, description: 'A frozen version of a contract as it was sent (or is to be sent) to the citizen.' })
export class ContractVersion implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('ContractVersion', this.rowId);
  }

  @RefColumn('contract_id')
  contractId!: string;

  @Field(() => Int, { description: 'Version number: 1 at activation, +1 after each completed follow-up.' })
  @IntColumn('number')
  number!: number;

  @Field(() => String, { description: 'Why this version was made, e.g. "Aktiveret" or "Opfølgning 2027-01-15".' })
  @TextColumn('reason')
  reason!: string;

  @Field(() => JSONScalar, { description: 'The contract with its goals and sub-goals as they were in this version.' })
  @JsonColumn('snapshot')
  snapshot!: Record<string, unknown>;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this version was sent to the citizen.' })
  @InstantColumn('sent_to_citizen_at', { nullable: true })
  sentToCitizenAt!: string | null;

  @Field(() => DateTimeScalar, { description: 'When this version was made.' })
  @CreatedAtColumn()
  createdAt!: string;
}
