import { Field, ID, ObjectType } from 'type-graphql';
import { Entity } from 'typeorm';
import { CreatedAtColumn, IdColumn, InstantColumn, JsonColumn, RefColumn, VarcharColumn } from '../../db/columns.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { Node } from '../../graphql/node.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

/**
 * An integrator's API token. The secret is never stored: only its SHA-256 hash. The token acts as its own service
 * account (`userId`, role INTEGRATOR) in the organisation, so that everything it does is attributed to it.
 */
@Entity('api_token')
@ObjectType('ApiToken', { implements: Node, description: "An integrator's API token (the secret is shown once, when created, and never again)." })
export class ApiToken implements Node {
  @IdColumn()
  rowId!: string;

  @Field(() => ID, { description: 'Global ID.' })
  get id(): string {
    return toGlobalId('ApiToken', this.rowId);
  }

  @Field(() => String, { description: 'What the token is for, e.g. "Fagsystem: nattelig udtræk".' })
  @VarcharColumn('name', 100)
  name!: string;

  @RefColumn('organization_id')
  organizationId!: string;

  /** The token's service account (app_user, role INTEGRATOR). */
  @RefColumn('user_id')
  userId!: string;

  @RefColumn('created_by_id')
  createdById!: string;

  /** Scope strings, e.g. ["read:contracts"]. */
  @JsonColumn('scopes')
  scopes!: string[];

  /** SHA-256 of the secret, hex. */
  @VarcharColumn('secret_hash', 64)
  secretHash!: string;

  @Field(() => DateTimeScalar, { description: 'When the token was created.' })
  @CreatedAtColumn()
  createdAt!: string;

  @Field(() => DateTimeScalar, { description: 'When the token stops working.' })
  @InstantColumn('expires_at')
  expiresAt!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token was revoked; null while not revoked.' })
  @InstantColumn('revoked_at', { nullable: true })
  revokedAt!: string | null;

  @RefColumn('revoked_by_id', { nullable: true })
  revokedById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the token was last used (recorded at most once a minute); null when never.' })
  @InstantColumn('last_used_at', { nullable: true })
  lastUsedAt!: string | null;
}
