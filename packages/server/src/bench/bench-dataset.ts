import { VUM_LIFE_THEMES } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import { newId } from '../db/columns.js';
import { Citizen } from '../modules/citizens/citizen.entity.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { Goal } from '../modules/goals/goal.entity.js';
import { Measurement } from '../modules/measurements/measurement.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { SubGoal } from '../modules/sub-goals/sub-goal.entity.js';
import { User } from '../modules/users/user.entity.js';

export interface BenchDataset {
  caseworker: User;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Contracts with 3 goals, 2 sub-goals and 4 readings each, for one authority and one provider. */
export async function buildBenchDataset(db: DataSource, contracts: number): Promise<BenchDataset> {
  const stamp = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
  const authority = Object.assign(new Organization(), { rowId: newId(), name: 'Bench Kommune', kind: 'AUTHORITY', municipalityCode: '0999', createdAt: stamp(0) });
  const provider = Object.assign(new Organization(), { rowId: newId(), name: 'Bench Bosted', kind: 'PROVIDER', municipalityCode: null, createdAt: stamp(0) });
  const caseworker = Object.assign(new User(), { rowId: newId(), name: 'Bench Rådgiver', email: `bench.${newId()}@bench.demo`, role: 'CASEWORKER', organizationId: authority.rowId, createdAt: stamp(0) });
  const staff = Object.assign(new User(), { rowId: newId(), name: 'Bench Medarbejder', email: `bench.${newId()}@bench.demo`, role: 'PROVIDER_STAFF', organizationId: provider.rowId, createdAt: stamp(0) });
  await db.getRepository(Organization).save([authority, provider]);
  await db.getRepository(User).save([caseworker, staff]);
  const themes = VUM_LIFE_THEMES.map((t) => t.key);
  await db.transaction(async (tx) => {
    for (let i = 0; i < contracts; i++) {
      const citizen = Object.assign(new Citizen(), {
        rowId: newId(), version: 1, name: `Borger ${i}`, cpr: `${pad((i % 28) + 1)}${pad((i % 12) + 1)}${pad(50 + (i % 40))}-${pad(i % 10000, 4)}`,
        birthDate: `19${pad(50 + (i % 40))}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`, address: null, phone: null, guardian: null, supportPerson: null,
        authorityId: authority.rowId, createdAt: stamp(i),
      });
      const contract = Object.assign(new Contract(), {
        rowId: newId(), version: 1, documentVersion: 1, orderId: null, citizenId: citizen.rowId, authorityId: authority.rowId, providerId: provider.rowId,
        serviceType: 'SEL_108', status: 'ACTIVE', startDate: '2025-01-01', assessmentTool: 'VUM', lifeThemeKeys: themes.slice(0, 3), purpose: 'Formål',
        goalRationale: 'Begrundelse', reportingForms: ['NUMBERS'], participants: [], nextFollowUpDate: '2026-01-01', priceAmount: 2000, priceUnit: 'PER_DAY',
        noticePeriodDays: 30, dischargeCriteria: 'Kriterier', signatures: [], toBeSentToCitizen: false, endDate: null, terminationReason: null, createdAt: stamp(i),
      });
      await tx.getRepository(Citizen).insert(citizen);
      await tx.getRepository(Contract).insert(contract);
      for (let g = 0; g < 3; g++) {
        const goal = Object.assign(new Goal(), {
          rowId: newId(), version: 1, contractId: contract.rowId, lifeThemeKey: themes[g], goalType: 'DEVELOP', title: `Mål ${g + 1} for borger ${i}`,
          measurableCriterion: 'Kriterium', deadline: '2026-06-30', priority: g + 1, status: 'ACTIVE', outcomeComment: null, createdAt: stamp(i),
        });
        await tx.getRepository(Goal).insert(goal);
        await tx.getRepository(SubGoal).insert([0, 1].map((s) => Object.assign(new SubGoal(), {
          rowId: newId(), version: 1, goalId: goal.rowId, title: `Delmål ${s + 1}`, method: null, status: 'OPEN', approval: 'APPROVED', proposedAt: stamp(i),
          decidedAt: stamp(i), decisionComment: null, proposedById: staff.rowId, decidedById: caseworker.rowId, createdAt: stamp(i + s),
        })));
        await tx.getRepository(Measurement).insert([0, 1, 2, 3].map((q) => Object.assign(new Measurement(), {
          rowId: newId(), goalId: goal.rowId, scale: 'ONE_TO_TEN', value: 3 + ((i + q) % 6), measuredAt: `2025-${pad(q * 3 + 1)}-01`,
          kind: q === 0 ? 'BASELINE' : 'FOLLOW_UP', comment: null, recordedById: staff.rowId, statusNoteId: null, createdAt: stamp(i + q),
        })));
      }
    }
  });
  return { caseworker };
}
