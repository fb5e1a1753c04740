import type { DataSource } from 'typeorm';
import { newId } from '../../db/columns.js';
import { Citizen } from '../../modules/citizens/citizen.entity.js';
import { Contract } from '../../modules/contracts/contract.entity.js';
import { Goal } from '../../modules/goals/goal.entity.js';
import { Organization } from '../../modules/organizations/organization.entity.js';
import { User } from '../../modules/users/user.entity.js';

export interface OverheadDataset {
  caseworker: User;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The data the GraphQL-overhead benchmark reads: `contracts` contracts with `goalsPerContract` goals each for
 * one authority (25 x 2 = the 50 goals read), plus as many contracts of another authority that scoping must hide.
 */
export async function buildOverheadDataset(db: DataSource, contracts = 25, goalsPerContract = 2): Promise<OverheadDataset> {
  const stamp = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
  const org = (name: string, kind: string, code: string | null) =>
    Object.assign(new Organization(), { rowId: newId(), name, kind, municipalityCode: code, createdAt: stamp(0) });
  const authority = org('Overhead Kommune', 'AUTHORITY', '0998');
  const otherAuthority = org('Anden Kommune', 'AUTHORITY', '0997');
  const provider = org('Overhead Bosted', 'PROVIDER', null);
  const caseworker = Object.assign(new User(), {
    rowId: newId(), name: 'Overhead Rådgiver', email: `overhead.${newId()}@bench.demo`, role: 'CASEWORKER', organizationId: authority.rowId, createdAt: stamp(0),
  });
  await db.getRepository(Organization).save([authority, otherAuthority, provider]);
  await db.getRepository(User).save(caseworker);
  await db.transaction(async (tx) => {
    for (let i = 0; i < contracts * 2; i++) {
      const owner = i % 2 === 0 ? authority : otherAuthority;
      const citizen = Object.assign(new Citizen(), {
        rowId: newId(), version: 1, name: `Borger ${i}`, cpr: `${pad((i % 28) + 1)}${pad((i % 12) + 1)}${pad(50 + (i % 40))}-${pad(i, 4)}`,
        birthDate: `19${pad(50 + (i % 40))}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`, address: null, phone: null, guardian: null, supportPerson: null,
        authorityId: owner.rowId, createdAt: stamp(i),
      });
      const contract = Object.assign(new Contract(), {
        rowId: newId(), version: 1, documentVersion: 1, orderId: null, citizenId: citizen.rowId, authorityId: owner.rowId, providerId: provider.rowId,
        serviceType: 'SEL_108', status: 'ACTIVE', startDate: '2025-01-01', assessmentTool: 'VUM', lifeThemeKeys: ['PRACTICAL_TASKS', 'MENTAL_FUNCTIONS'],
        purpose: 'Formål', goalRationale: 'Begrundelse', reportingForms: ['NUMBERS'], participants: [], nextFollowUpDate: '2026-01-01', priceAmount: 2000,
        priceUnit: 'PER_DAY', noticePeriodDays: 30, dischargeCriteria: 'Kriterier', signatures: [], toBeSentToCitizen: false, endDate: null,
        terminationReason: null, createdAt: stamp(i),
      });
      await tx.getRepository(Citizen).insert(citizen);
      await tx.getRepository(Contract).insert(contract);
      await tx.getRepository(Goal).insert(
        Array.from({ length: goalsPerContract }, (_, g) =>
          Object.assign(new Goal(), {
            rowId: newId(), version: 1, contractId: contract.rowId, lifeThemeKey: g % 2 === 0 ? 'PRACTICAL_TASKS' : 'MENTAL_FUNCTIONS', goalType: 'DEVELOP',
            title: `Mål ${g + 1} for borger ${i}`, measurableCriterion: 'Kriterium', deadline: `2026-${pad(g + 1)}-28`, priority: g + 1, status: 'ACTIVE',
            outcomeComment: null, createdAt: stamp(i),
          }),
        ),
      );
    }
  });
  return { caseworker };
}
