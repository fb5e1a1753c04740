import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { ConsentCategory } from '../consent-category.js';

@InputType({ description: "The citizen's consent (samtykkeerklæring, Sorø Bilag 6) to exchange information between parties." })
export class GrantConsentInput {
  @Field(() => ID, { description: "The citizen; must belong to the caseworker's authority." })
  citizenId!: string;

  @Field(() => [String], { description: 'The parties (departments, professionals) that may exchange information; 1 to 15.' })
  parties!: string[];

  @Field(() => [String], { description: 'What may be exchanged; at least one item.' })
  scope!: string[];

  @Field(() => [String], { nullable: true, description: 'What may not be exchanged.' })
  excluded?: string[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the citizen gave the consent; defaults to now; not in the future.' })
  givenAt?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The organisations (providers) information may be shared with, at most 15. A provider sees the citizen\'s information only while a consent in force names it; none when omitted.',
  })
  organizationIds?: string[] | null;

  @Field(() => [ConsentCategory], {
    nullable: true,
    description: 'The kinds of information that may be shared with those organisations; all kinds when omitted (the consent form\'s "oplysninger, herunder fortrolige og personlige oplysninger samt helbredsoplysninger").',
  })
  categories?: ConsentCategory[] | null;
}

@InputType({ description: 'Revokes a consent; a citizen may revoke at any time.' })
export class RevokeConsentInput {
  @Field(() => ID, { description: 'The consent.' })
  id!: string;
}
