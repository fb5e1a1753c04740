import { danishToday } from '@treklang/schema';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error.js';
import type { Contract } from '../modules/contracts/contract.entity.js';
import type { ConsentCategory } from '../modules/consents/consent-category.js';
import { ConsentShare } from '../modules/consents/consent-share.entity.js';
import { isOpenToProvider } from './policy-scope.js';
import type { Viewer } from './viewer.js';

/*
 * The write side of the policy table's OWN_PROVIDER_WITH_ACTIVE_CONTRACT: a provider records personal data about a
 * citizen (sub-goals, measurements, status notes, change notices, form answers) only on a contract of its own that
 * is being drafted or is active, and only a kind of information a consent in force lets it exchange with the authority. The authority's side
 * is checked by the services themselves.
 */

const KIND_NAMES: Record<ConsentCategory, { da: string; en: string }> = {
  IDENTITY: { da: 'navn, CPR-nummer og kontaktoplysninger', en: 'name, CPR number and contact details' },
  GOALS: { da: 'vurdering, mål og delmål', en: 'assessment, goals and sub-goals' },
  PROGRESS: { da: 'målinger, status og møder', en: 'measurements, status and meetings' },
  FORMS: { da: 'skemaer', en: 'forms' },
};

export const PolicyErrors = {
  noActiveContract: () =>
    new DomainError(
      'FORBIDDEN',
      { da: 'Kun leverandøren på en aktiv kontrakt eller et kontraktudkast kan registrere oplysninger om borgeren.', en: 'Only the provider of an active or draft contract can record information about the citizen.' },
      null,
    ),
  noConsent: (kind: ConsentCategory) =>
    new DomainError(
      'FORBIDDEN',
      {
        da: `Borgerens samtykke dækker ikke udveksling af ${KIND_NAMES[kind].da} med jeres organisation.`,
        en: `The citizen's consent does not cover exchanging ${KIND_NAMES[kind].en} with your organisation.`,
      },
      null,
    ),
};

/** Does a consent in force let the citizen's `kind` of information be exchanged with the organisation? */
export async function consentCovers(tx: DataSource | EntityManager, citizenId: string, organizationId: string, kind: ConsentCategory): Promise<boolean> {
  return tx
    .getRepository(ConsentShare)
    .createQueryBuilder('cs')
    .innerJoin('consent', 'c', 'c.id = cs.consent_id')
    .where('cs.citizenId = :citizenId AND cs.organizationId = :organizationId AND cs.category = :kind AND c.revoked_at IS NULL', { citizenId, organizationId, kind })
    .getExists();
}

/** Throws FORBIDDEN unless a provider viewer may record `kind` about the contract's citizen; authority viewers pass. */
export async function assertProviderMayRecord(tx: EntityManager, viewer: Viewer, contract: Contract, kind: ConsentCategory): Promise<void> {
  if (viewer.organization.kind !== 'PROVIDER') return;
  if (contract.providerId !== viewer.organization.rowId || !isOpenToProvider(contract, danishToday())) throw PolicyErrors.noActiveContract();
  if (!(await consentCovers(tx, contract.citizenId, viewer.organization.rowId, kind))) throw PolicyErrors.noConsent(kind);
}

/** May a provider viewer see `kind` of a case through this contract (open to it, consent in force)? Authority viewers: true. */
export async function providerMaySee(db: DataSource | EntityManager, viewer: Viewer, contract: Contract | null, citizenId: string, kind: ConsentCategory): Promise<boolean> {
  if (viewer.organization.kind !== 'PROVIDER') return true;
  if (contract && (contract.providerId !== viewer.organization.rowId || !isOpenToProvider(contract, danishToday()))) return false;
  return consentCovers(db, citizenId, viewer.organization.rowId, kind);
}
