import type { Answers } from '@treklang/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, VarcharColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar, JSONScalar } from '../../graphql/scalars.js';
import { FormResponseStatus, FormSubjectType } from './form.enums.js';

@Entity('form_response')
@ObjectType('FormResponse', {
  implements: Node,
  description: 'Answers to one form template version about one subject (citizen, contract or follow-up meeting). Visible to whoever may see the subject.',
})
export class FormResponse implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('FormResponse', this.rowId);
  }

  @Field(() => Int, { description: 'Version for optimistic concurrency: pass it as `expectedVersion` when saving or submitting.' })
  @IntColumn('version', { default: 1 })
  version!: number;

  /** The exact template version the response was started on. */
  @RefColumn('template_id')
  templateId!: string;

  @Field(() => FormSubjectType, { description: 'What kind of object the response is about.' })
  @VarcharColumn('subject_type', 20)
  subjectType!: FormSubjectType;

  /** Row id of the citizen, contract or meeting. */
  @RefColumn('subject_id')
  subjectRowId!: string;

  @Field(() => JSONScalar, { description: 'The answers, keyed by item id (see packages/schema `Answers`).' })
  @JsonColumn('answers')
  answers!: Answers;

  @Field(() => FormResponseStatus, { description: 'DRAFT or SUBMITTED.' })
  @VarcharColumn('status', 20)
  status!: FormResponseStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the response was submitted; null while a draft.' })
  @InstantColumn('submitted_at', { nullable: true })
  submittedAt!: string | null;

  @RefColumn('submitted_by_id', { nullable: true })
  submittedById!: string | null;

  /** GraphQL type name of the object that submitting wrote (Contract, StatusNote, ChangeNotice), if any. */
  @VarcharColumn('written_type', 40, { nullable: true })
  writtenType!: string | null;

  @RefColumn('written_id', { nullable: true })
  writtenRowId!: string | null;

  @RefColumn('created_by_id')
  createdById!: string;

  @Field(() => DateTimeScalar, { description: 'When the answers were last saved.' })
  @InstantColumn('updated_at')
  updatedAt!: string;

  @Field(() => DateTimeScalar, { description: 'When the response was started.' })
  @CreatedAtColumn()
  createdAt!: string;
}
