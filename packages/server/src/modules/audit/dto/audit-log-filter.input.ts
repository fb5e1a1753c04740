import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../../../graphql/scalars.js';

@InputType('AuditLogFilter', { description: 'Narrows the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "Entries concerning this citizen (global ID; a citizen of the viewer's authority), whoever made them." })
  citizenId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Entries made by this user (global ID).' })
  userId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'From this instant (inclusive).' })
  from?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Until this instant (exclusive).' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'GraphQL operation name or root field, e.g. "citizen" or "CitizenPage"; letter case does not matter.' })
  operation?: string | null;
}
