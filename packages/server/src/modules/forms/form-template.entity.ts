import type { FormDefinition } from '@treklang/schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, IntColumn, JsonColumn, RefColumn, VarcharColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar, JSONScalar } from '../../graphql/scalars.js';

@Entity('form_template')
@ObjectType('FormTemplate', {
  implements: Node,
  description:
    'One version of a checklist form definition. Built-in templates come with Treklang; an authority can publish its own versions of a key. A response keeps the exact version it was started on.',
})
export class FormTemplate implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('FormTemplate', this.rowId);
  }

  @Field(() => String, { description: "Stable key of the form, e.g. 'contract-checklist'. All versions of a form share it." })
  @VarcharColumn('template_key', 100)
  key!: string;

  @Field(() => Int, { description: 'Version number, from 1; a published change is a new version.' })
  @IntColumn('version')
  version!: number;

  /** The authority that published this version; null for a built-in template. */
  @RefColumn('authority_id', { nullable: true })
  authorityId!: string | null;

  @Field(() => String, { description: 'Title in Danish.' })
  @VarcharColumn('title', 500)
  title!: string;

  /** The definition (packages/schema FormDefinition), stored as JSON text. */
  @Field(() => JSONScalar, { description: 'The form definition (sections, items, conditions, bindings), as defined in packages/schema `FormDefinition`.' })
  @JsonColumn('definition')
  definition!: FormDefinition;

  @Field(() => DateTimeScalar, { description: 'When this version was published.' })
  @InstantColumn('published_at')
  publishedAt!: string;

  @RefColumn('published_by_id', { nullable: true })
  publishedById!: string | null;

  @CreatedAtColumn()
  createdAt!: string;
}
