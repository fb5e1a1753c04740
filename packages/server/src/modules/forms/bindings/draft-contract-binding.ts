import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../auth/viewer.js';
import { DomainError } from '../../../common/domain-error.js';
import { Contract } from '../../contracts/contract.entity.js';
import { ContractStatus } from '../../contracts/contract.enums.js';
import { updateContract } from '../../contracts/contract.service.js';
import { Goal } from '../../goals/goal.entity.js';
import { GoalStatus } from '../../goals/goal.enums.js';
import { addGoal, countsTowardsLimit, updateGoal } from '../../goals/goal.service.js';
import { type BoundAnswers, withAnswerFields } from './bound-answers.js';
import { contractFieldsFrom } from './contract-binding.js';

const notDraft = () =>
  new DomainError(
    'CONTRACT_NOT_DRAFT',
    { da: 'Tjeklisten kan kun udfylde en kontrakt, der stadig er et udkast.', en: 'The checklist can only fill in a contract that is still a draft.' },
    ['input', 'id'],
  );

async function currentVersion(tx: EntityManager, rowId: string): Promise<number> {
  return (await tx.getRepository(Contract).findOneByOrFail({ rowId })).version;
}

/**
 * Submitting a contract checklist about an existing draft contract fills the draft in: its fields, and its
 * goals in order (the first answered goal updates the first goal, and so on; goals beyond the answered ones
 * are discontinued). Life themes are widened first and narrowed last, so goals can move between themes.
 */
export async function fillDraftContractFromAnswers(tx: EntityManager, viewer: Viewer, bound: BoundAnswers, contract: Contract): Promise<Contract> {
  if (contract.status !== ContractStatus.DRAFT) throw notDraft();
  const { input, fields } = contractFieldsFrom(bound);
  const { goals: drafts, ...contractFields } = input;
  return withAnswerFields(fields, async () => {
    const existing = (await tx.getRepository(Goal).find({ where: { contractId: contract.rowId }, order: { priority: 'ASC', createdAt: 'ASC' } })).filter(countsTowardsLimit);
    const widened = [...new Set([...contractFields.lifeThemeKeys, ...existing.map((goal) => goal.lifeThemeKey)])];
    await updateContract(tx, viewer, { ...contractFields, lifeThemeKeys: widened, id: contract.id, expectedVersion: await currentVersion(tx, contract.rowId) });
    const wanted = drafts ?? [];
    for (const goal of existing.slice(wanted.length)) {
      await updateGoal(tx, viewer, { id: goal.id, expectedVersion: goal.version, status: GoalStatus.DISCONTINUED });
    }
    for (const [index, draft] of wanted.entries()) {
      const field = ['input', 'goals', String(index)];
      const goal = existing[index];
      if (goal) await updateGoal(tx, viewer, { ...draft, id: goal.id, expectedVersion: goal.version }, field);
      else await addGoal(tx, viewer, { ...draft, contractId: contract.id }, field);
    }
    return updateContract(tx, viewer, { id: contract.id, expectedVersion: await currentVersion(tx, contract.rowId), lifeThemeKeys: contractFields.lifeThemeKeys });
  });
}
