import { LIMITS, parseCpr } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isAdmin, isCaseworker } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { claimVersion } from '../../common/version.js';
import { optionalText, requiredText } from '../../common/validate.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import { Citizen } from './citizen.entity.js';
import { CitizenErrors } from './citizen.errors.js';
import { findVisibleCitizen } from './citizen.scope.js';
import type { CreateCitizenInput, UpdateCitizenInput } from './dto/citizen.input.js';

function assertAuthorityCaseworker(viewer: Viewer): void {
  if (viewer.organization.kind !== 'AUTHORITY' || !(isCaseworker(viewer) || isAdmin(viewer))) throw CitizenErrors.onlyCaseworkers();
}

export async function createCitizen(tx: EntityManager, viewer: Viewer, input: CreateCitizenInput): Promise<Citizen> {
  assertAuthorityCaseworker(viewer);
  const cpr = parseCpr(input.cpr ?? '');
  if (!cpr.valid) throw cpr.problem === 'FORMAT' ? CitizenErrors.cprFormat() : CitizenErrors.cprDate();
  if (await tx.getRepository(Citizen).existsBy({ cpr: cpr.normalized })) throw CitizenErrors.cprTaken();
  return tx.getRepository(Citizen).save(
    Object.assign(new Citizen(), {
      rowId: newId(),
      version: 1,
      name: requiredText(input.name, ['input', 'name'], LIMITS.nameLength),
      cpr: cpr.normalized,
      birthDate: cpr.birthDate,
      address: optionalText(input.address, ['input', 'address'], LIMITS.shortTextLength),
      phone: optionalText(input.phone, ['input', 'phone'], 40),
      guardian: optionalText(input.guardian, ['input', 'guardian'], LIMITS.nameLength),
      supportPerson: optionalText(input.supportPerson, ['input', 'supportPerson'], LIMITS.nameLength),
      authorityId: viewer.organization.rowId,
      createdAt: nowInstant(),
    }),
  );
}

export async function updateCitizen(tx: EntityManager, viewer: Viewer, input: UpdateCitizenInput): Promise<Citizen> {
  assertAuthorityCaseworker(viewer);
  const rowId = rowIdOf(input.id, 'Citizen', ['input', 'id']);
  const citizen = await findVisibleCitizen(tx, viewer, rowId);
  if (!citizen) throw CommonErrors.notFound('Borgeren');
  const changes: Partial<Citizen> = {};
  if (input.name != null) changes.name = requiredText(input.name, ['input', 'name'], LIMITS.nameLength);
  if (input.address !== undefined) changes.address = optionalText(input.address, ['input', 'address'], LIMITS.shortTextLength);
  if (input.phone !== undefined) changes.phone = optionalText(input.phone, ['input', 'phone'], 40);
  if (input.guardian !== undefined) changes.guardian = optionalText(input.guardian, ['input', 'guardian'], LIMITS.nameLength);
  if (input.supportPerson !== undefined) changes.supportPerson = optionalText(input.supportPerson, ['input', 'supportPerson'], LIMITS.nameLength);
  const version = await claimVersion(tx, Citizen, rowId, input.expectedVersion, 'Borgeren');
  await tx.getRepository(Citizen).update({ rowId }, changes);
  return Object.assign(citizen, changes, { version });
}
