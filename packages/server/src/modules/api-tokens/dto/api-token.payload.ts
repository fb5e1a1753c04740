import { Field, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../../graphql/connection.js';
import { UserError } from '../../../graphql/user-error.js';
import { ApiToken } from '../api-token.entity.js';

@ObjectType({ description: 'Result of createApiToken.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token, when created.' })
  apiToken!: ApiToken | null;

  @Field(() => String, {
    nullable: true,
    description: 'The bearer token to give the integrator ("trk_…"). Shown in this answer only: Treklang keeps just a hash and cannot show it again.',
  })
  token!: string | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of revokeApiToken.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token, now revoked.' })
  apiToken!: ApiToken | null;

  @Field(() => [UserError], { description: 'Problems; nothing was changed when any.' })
  userErrors!: UserError[];
}

export const ApiTokenConnection = ConnectionType(ApiToken, 'ApiToken');
