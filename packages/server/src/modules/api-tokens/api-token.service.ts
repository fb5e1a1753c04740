import type { EntityManager } from 'typeorm';
import { isApiTokenViewer, API_SCOPES } from '../../auth/scopes.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { requiredText } from '../../common/validate.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import { User } from '../users/user.entity.js';
import { ApiToken } from './api-token.entity.js';
import type { ApiTokenScope } from './api-token.enums.js';
import { API_TOKEN_MAX_DAYS, API_TOKEN_NAME_LENGTH, ApiTokenErrors, MAX_ACTIVE_API_TOKENS } from './api-token.errors.js';
import { formatApiToken, hashSecret, newSecret, serviceAccountEmail } from './api-token.secret.js';
import type { CreateApiTokenInput, RevokeApiTokenInput } from './dto/api-token.input.js';

const DAY_MS = 24 * 60 * 60_000;

/** Only a person who is ADMIN of the organisation manages its tokens (never a token itself). */
export const isTokenAdmin = (viewer: Viewer): boolean => viewer.user.role === 'ADMIN' && !isApiTokenViewer(viewer);

function assertTokenAdmin(viewer: Viewer): void {
  if (!isTokenAdmin(viewer)) throw ApiTokenErrors.onlyAdmins();
}

function checkedExpiry(expiresAt: string, now: number): string {
  const at = Date.parse(expiresAt);
  if (!(at > now)) throw ApiTokenErrors.expiresInPast();
  if (at > now + API_TOKEN_MAX_DAYS * DAY_MS) throw ApiTokenErrors.expiresTooLate();
  return new Date(at).toISOString();
}

/**
 * Creates the token and its service account (role INTEGRATOR, in the admin's organisation): what the token does is
 * attributed to that account. Returns the bearer token in clear, the only time it exists outside the integrator.
 */
export async function createApiToken(tx: EntityManager, viewer: Viewer, input: CreateApiTokenInput): Promise<{ apiToken: ApiToken; token: string }> {
  assertTokenAdmin(viewer);
  const name = requiredText(input.name, ['input', 'name'], API_TOKEN_NAME_LENGTH);
  const scopes = [...new Set((input.scopes ?? []).map((key: ApiTokenScope) => API_SCOPES[key]))];
  if (scopes.length === 0) throw ApiTokenErrors.noScopes();
  const now = Date.now();
  const expiresAt = checkedExpiry(input.expiresAt, now);
  const organizationId = viewer.organization.rowId;
  const active = await tx
    .getRepository(ApiToken)
    .createQueryBuilder('t')
    .where('t.organizationId = :organizationId AND t.revokedAt IS NULL AND t.expiresAt > :now', { organizationId, now: new Date(now).toISOString() })
    .getCount();
  if (active >= MAX_ACTIVE_API_TOKENS) throw ApiTokenErrors.tooMany();

  const rowId = newId();
  const createdAt = nowInstant();
  const account = await tx.getRepository(User).save(
    Object.assign(new User(), { rowId: newId(), name: `API-token: ${name}`, email: serviceAccountEmail(rowId), role: 'INTEGRATOR', organizationId, createdAt }),
  );
  const secret = newSecret();
  const apiToken = await tx.getRepository(ApiToken).save(
    Object.assign(new ApiToken(), {
      rowId,
      name,
      organizationId,
      userId: account.rowId,
      createdById: viewer.user.rowId,
      scopes,
      secretHash: hashSecret(secret),
      createdAt,
      expiresAt,
      revokedAt: null,
      revokedById: null,
      lastUsedAt: null,
    }),
  );
  return { apiToken, token: formatApiToken(rowId, secret) };
}

/** Revokes a token of the admin's organisation. The caller evicts it from the viewer cache once committed. */
export async function revokeApiToken(tx: EntityManager, viewer: Viewer, input: RevokeApiTokenInput): Promise<ApiToken> {
  assertTokenAdmin(viewer);
  const rowId = rowIdOf(input.id, 'ApiToken', ['input', 'id']);
  const apiToken = await tx.getRepository(ApiToken).findOneBy({ rowId, organizationId: viewer.organization.rowId });
  if (!apiToken) throw CommonErrors.notFound('API-tokenet', ['input', 'id']);
  if (apiToken.revokedAt) throw ApiTokenErrors.alreadyRevoked();
  apiToken.revokedAt = nowInstant();
  apiToken.revokedById = viewer.user.rowId;
  return tx.getRepository(ApiToken).save(apiToken);
}
