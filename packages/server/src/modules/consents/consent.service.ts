import { LIMITS } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isCaseworker } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { textList } from '../../common/validate.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import type { Citizen } from '../citizens/citizen.entity.js';
import { findVisibleCitizen } from '../citizens/citizen.scope.js';
import { Organization } from '../organizations/organization.entity.js';
import { CONSENT_CATEGORIES, type ConsentCategory } from './consent-category.js';
import { ConsentShare } from './consent-share.entity.js';
import { Consent } from './consent.entity.js';
import { ConsentErrors, GIVEN_AT_TOLERANCE_MS, MAX_CONSENT_PARTIES } from './consent.errors.js';
import type { GrantConsentInput, RevokeConsentInput } from './dto/consent.input.js';

const unique = (items: string[]): string[] => [...new Set(items)];

function checkGivenAt(givenAt: string | null | undefined): string {
  if (givenAt == null) return nowInstant();
  if (Date.parse(givenAt) > Date.now() + GIVEN_AT_TOLERANCE_MS) throw ConsentErrors.givenInFuture();
  return givenAt;
}

/** The organisations the consent names: existing ones, not the citizen's own authority, at most 15. */
async function sharedWith(tx: EntityManager, citizen: Citizen, ids: string[] | null | undefined): Promise<string[]> {
  const rowIds = unique((ids ?? []).map((id, index) => rowIdOf(id, 'Organization', ['input', 'organizationIds', String(index)])));
  if (rowIds.length > MAX_CONSENT_PARTIES) throw ConsentErrors.tooManyParties(['input', 'organizationIds']);
  const found = new Set(rowIds.length ? (await tx.getRepository(Organization).createQueryBuilder('o').where('o.rowId IN (:...rowIds)', { rowIds }).getMany()).map((o) => o.rowId) : []);
  rowIds.forEach((rowId, index) => {
    if (!found.has(rowId)) throw ConsentErrors.notAnOrganization(index);
    if (rowId === citizen.authorityId) throw ConsentErrors.ownAuthority(index);
  });
  return rowIds;
}

function categoriesOf(categories: ConsentCategory[] | null | undefined): ConsentCategory[] {
  if (categories == null) return [...CONSENT_CATEGORIES];
  if (categories.length === 0) throw ConsentErrors.noCategories();
  return [...new Set(categories)];
}

/** Records the citizen's consent to exchange information between the named parties, and with which organisations what may be shared. */
export async function grantConsent(tx: EntityManager, viewer: Viewer, input: GrantConsentInput): Promise<Consent> {
  if (!isCaseworker(viewer)) throw ConsentErrors.onlyCaseworkers();
  const citizenId = rowIdOf(input.citizenId, 'Citizen', ['input', 'citizenId']);
  const citizen = await findVisibleCitizen(tx, viewer, citizenId);
  if (!citizen) throw CommonErrors.notFound('Borgeren', ['input', 'citizenId']);
  const parties = unique(textList(input.parties, ['input', 'parties'], LIMITS.nameLength));
  if (parties.length === 0) throw CommonErrors.required(['input', 'parties']);
  if (parties.length > MAX_CONSENT_PARTIES) throw ConsentErrors.tooManyParties();
  const scope = unique(textList(input.scope, ['input', 'scope'], LIMITS.shortTextLength));
  if (scope.length === 0) throw CommonErrors.required(['input', 'scope']);
  const excluded = unique(textList(input.excluded, ['input', 'excluded'], LIMITS.shortTextLength));
  const clash = excluded.findIndex((item) => scope.some((allowed) => allowed.toLowerCase() === item.toLowerCase()));
  if (clash >= 0) throw ConsentErrors.excludedAndIncluded(['input', 'excluded', String(clash)]);
  const organizationIds = await sharedWith(tx, citizen, input.organizationIds);
  const categories = categoriesOf(input.categories);
  const consent = await tx.getRepository(Consent).save(
    Object.assign(new Consent(), {
      rowId: newId(),
      citizenId,
      parties,
      scope,
      excluded,
      givenAt: checkGivenAt(input.givenAt),
      revokedAt: null,
      recordedById: viewer.user.rowId,
      createdAt: nowInstant(),
    }),
  );
  const shares = organizationIds.flatMap((organizationId) =>
    categories.map((category) => Object.assign(new ConsentShare(), { rowId: newId(), consentId: consent.rowId, citizenId, organizationId, category, createdAt: consent.createdAt })),
  );
  if (shares.length) await tx.getRepository(ConsentShare).insert(shares);
  return consent;
}

/** Revokes a consent now; a consent is revoked once. */
export async function revokeConsent(tx: EntityManager, viewer: Viewer, input: RevokeConsentInput): Promise<Consent> {
  if (!isCaseworker(viewer)) throw ConsentErrors.onlyCaseworkers();
  const rowId = rowIdOf(input.id, 'Consent', ['input', 'id']);
  const consent = await tx.getRepository(Consent).findOneBy({ rowId });
  const citizen = consent ? await findVisibleCitizen(tx, viewer, consent.citizenId) : null;
  if (!consent || !citizen) throw CommonErrors.notFound('Samtykket');
  const revokedAt = nowInstant();
  // Conditional update: of two concurrent revocations exactly one wins.
  const result = await tx.createQueryBuilder().update(Consent).set({ revokedAt }).where('id = :rowId AND revoked_at IS NULL', { rowId }).execute();
  if (result.affected !== 1) throw ConsentErrors.alreadyRevoked();
  return Object.assign(consent, { revokedAt });
}
