import { Field, ID, InputType } from 'type-graphql';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { ApiTokenScope } from '../api-token.enums.js';
import { API_TOKEN_MAX_DAYS, API_TOKEN_NAME_LENGTH } from '../api-token.errors.js';

@InputType({ description: 'A new API token for an integrator (another system) in the admin\'s organisation.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: `What the token is for, e.g. "ESDH: nightly export"; 1 to ${API_TOKEN_NAME_LENGTH} characters.` })
  name!: string;

  @Field(() => [ApiTokenScope], { description: 'What the token may do; at least one.' })
  scopes!: ApiTokenScope[];

  @Field(() => DateTimeScalar, { description: `When the token stops working; in the future, at most ${API_TOKEN_MAX_DAYS} days ahead.` })
  expiresAt!: string;
}

@InputType({ description: 'Revokes an API token; it stops working at once.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The API token.' })
  id!: string;
}
