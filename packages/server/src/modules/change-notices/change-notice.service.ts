import { LIMITS } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isCaseworker, isProviderStaff } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { optionalText, requiredText } from '../../common/validate.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import { ContractStatus } from '../contracts/contract.enums.js';
import { findVisibleContract } from '../contracts/contract.scope.js';
import { ChangeNotice } from './change-notice.entity.js';
import { ChangeNoticeErrors } from './change-notice.errors.js';
import type { AcknowledgeChangeNoticeInput, ReportChangeInput } from './dto/change-notice.input.js';
import { assertProviderMayRecord } from '../../auth/authorize-write.js';
import { ConsentCategory } from '../consents/consent-category.js';

/** The provider tells the authority about a change affecting the agreed effort on an active contract. */
export async function reportChange(tx: EntityManager, viewer: Viewer, input: ReportChangeInput): Promise<ChangeNotice> {
  if (!isProviderStaff(viewer)) throw ChangeNoticeErrors.onlyProviderStaff();
  const contractId = rowIdOf(input.contractId, 'Contract', ['input', 'contractId']);
  const contract = await findVisibleContract(tx, viewer, contractId);
  if (!contract) throw CommonErrors.notFound('Kontrakten', ['input', 'contractId']);
  if (contract.status !== ContractStatus.ACTIVE) throw ChangeNoticeErrors.contractNotActive();
  await assertProviderMayRecord(tx, viewer, contract, ConsentCategory.PROGRESS);
  return tx.getRepository(ChangeNotice).save(
    Object.assign(new ChangeNotice(), {
      rowId: newId(),
      contractId,
      description: requiredText(input.description, ['input', 'description'], LIMITS.longTextLength),
      consequences: requiredText(input.consequences, ['input', 'consequences'], LIMITS.longTextLength),
      documentation: optionalText(input.documentation, ['input', 'documentation'], LIMITS.longTextLength),
      reportedById: viewer.user.rowId,
      createdAt: nowInstant(),
      acknowledgedAt: null,
      acknowledgedById: null,
    }),
  );
}

/** The contract's authority confirms it has received the change notice; only once. */
export async function acknowledgeChangeNotice(tx: EntityManager, viewer: Viewer, input: AcknowledgeChangeNoticeInput): Promise<ChangeNotice> {
  if (!isCaseworker(viewer)) throw ChangeNoticeErrors.onlyCaseworkers();
  const rowId = rowIdOf(input.id, 'ChangeNotice', ['input', 'id']);
  const notice = await tx.getRepository(ChangeNotice).findOneBy({ rowId });
  const contract = notice ? await findVisibleContract(tx, viewer, notice.contractId) : null;
  if (!notice || !contract) throw CommonErrors.notFound('Ændringsmeddelelsen');
  const changes = { acknowledgedAt: nowInstant(), acknowledgedById: viewer.user.rowId };
  // Conditional update: of two concurrent acknowledgements exactly one wins.
  const result = await tx
    .createQueryBuilder()
    .update(ChangeNotice)
    .set(changes)
    .where('id = :rowId AND acknowledged_at IS NULL', { rowId })
    .execute();
  if (result.affected !== 1) throw ChangeNoticeErrors.alreadyAcknowledged();
  return Object.assign(notice, changes);
}
