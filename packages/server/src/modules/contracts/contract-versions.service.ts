import type { EntityManager } from 'typeorm';
import { newId, nowInstant } from '../../db/columns.js';
import { Goal } from '../goals/goal.entity.js';
import { SubGoal } from '../sub-goals/sub-goal.entity.js';
import { ContractVersion } from './contract-version.entity.js';
import { Contract } from './contract.entity.js';

/** The contract as the citizen receives it: its terms, its goals and their approved sub-goals. */
async function snapshotOf(tx: EntityManager, contract: Contract): Promise<Record<string, unknown>> {
  const goals = await tx.getRepository(Goal).find({ where: { contractId: contract.rowId }, order: { priority: 'ASC', createdAt: 'ASC' } });
  const subGoals = goals.length
    ? await tx.getRepository(SubGoal).createQueryBuilder('s').where('s.goalId IN (:...ids)', { ids: goals.map((g) => g.rowId) }).orderBy('s.createdAt', 'ASC').getMany()
    : [];
  return {
    serviceType: contract.serviceType,
    status: contract.status,
    startDate: contract.startDate,
    assessmentTool: contract.assessmentTool,
    lifeThemeKeys: contract.lifeThemeKeys,
    purpose: contract.purpose,
    goalRationale: contract.goalRationale,
    reportingForms: contract.reportingForms,
    participants: contract.participants,
    nextFollowUpDate: contract.nextFollowUpDate,
    price: contract.price,
    noticePeriodDays: contract.noticePeriodDays,
    dischargeCriteria: contract.dischargeCriteria,
    signatures: contract.signatures,
    goals: goals.map((goal) => ({
      title: goal.title,
      lifeThemeKey: goal.lifeThemeKey,
      goalType: goal.goalType,
      measurableCriterion: goal.measurableCriterion,
      deadline: goal.deadline,
      priority: goal.priority,
      status: goal.status,
      outcomeComment: goal.outcomeComment,
      subGoals: subGoals
        .filter((s) => s.goalId === goal.rowId && s.approval === 'APPROVED')
        .map((s) => ({ title: s.title, method: s.method, status: s.status })),
    })),
  };
}

/**
 * Freezes the contract as its next document version and marks it to be sent to the citizen.
 * Called at activation (version 1) and by every completed follow-up (version n+1).
 */
export async function createContractVersion(tx: EntityManager, contract: Contract, reason: string): Promise<ContractVersion> {
  const number = contract.documentVersion + 1;
  await tx.getRepository(Contract).update({ rowId: contract.rowId }, { documentVersion: number, toBeSentToCitizen: true });
  contract.documentVersion = number;
  contract.toBeSentToCitizen = true;
  return tx.getRepository(ContractVersion).save(
    Object.assign(new ContractVersion(), {
      rowId: newId(),
      contractId: contract.rowId,
      number,
      reason,
      snapshot: await snapshotOf(tx, contract),
      sentToCitizenAt: null,
      createdAt: nowInstant(),
    }),
  );
}
