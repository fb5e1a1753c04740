import type { Answers } from '@treklang/schema';
import { Field, ID, InputType, Int } from 'type-graphql';
import { JSONScalar } from '../../../graphql/scalars.js';

@InputType({ description: "Publishes the viewer's authority's next version of a form template." })
export class PublishFormTemplateInput {
  @Field(() => String, { description: "Key of the form, e.g. 'contract-checklist' (a built-in key gets the authority's own version; a new key a new form). Lower-case letters, digits and hyphens." })
  key!: string;

  @Field(() => JSONScalar, { description: "The definition (packages/schema FormDefinition); its key and version are set by the server. It must pass checkDefinition." })
  definition!: unknown;
}

@InputType({ description: 'Saves a draft response: creates one (with templateKey and subjectId) or updates one (with id and expectedVersion). Incomplete answers are accepted; answers that do not fit the definition are refused and nothing is stored.' })
export class SaveFormResponseInput {
  @Field(() => ID, { nullable: true, description: 'The response to update; omit to start a new one.' })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'For a new response: the template key.' })
  templateKey?: string | null;

  @Field(() => Int, { nullable: true, description: "For a new response: the template version; defaults to the latest version for the subject's authority." })
  templateVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'For a new response: what it is about (a Citizen, Contract or FollowUpMeeting ID, as the template says).' })
  subjectId?: string | null;

  @Field(() => JSONScalar, { description: "The viewer's answers, keyed by item id, merged into the stored ones: a top-level item left out keeps its answer, null clears it; a group's entries are replaced by the list sent (the other party's and server-filled items in them keep their answers). Changing the other party's items is NOT_YOURS." })
  answers!: Answers;

  @Field(() => Int, { nullable: true, description: 'When updating: the version you read; a stale one is a VERSION_CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Submits a draft response: validated in full; with issues it stays a draft and the issues come back as userErrors.' })
export class SubmitFormResponseInput {
  @Field(() => ID, { description: 'The response.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a VERSION_CONFLICT.' })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'For a contract checklist about a citizen: the provider the contract is with.' })
  providerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a contract checklist about a citizen: the accepted order the contract is based on, if any.' })
  orderId?: string | null;
}
