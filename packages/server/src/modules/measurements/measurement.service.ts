import { danishToday, isOnScale } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isCaseworker, isProviderStaff } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { optionalText } from '../../common/validate.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import { ContractStatus } from '../contracts/contract.enums.js';
import { findVisibleContract } from '../contracts/contract.scope.js';
import { Goal } from '../goals/goal.entity.js';
import type { RecordMeasurementInput } from './dto/measurement.input.js';
import { Measurement, MeasurementKind } from './measurement.entity.js';
import { MeasurementErrors } from './measurement.errors.js';
import { assertProviderMayRecord } from '../../auth/authorize-write.js';
import { ConsentCategory } from '../consents/consent-category.js';

/**
 * Records a reading on a goal. Progression compares one BASELINE per goal and scale with the latest
 * FOLLOW_UP on the same scale, so the rules here keep those pairs meaningful.
 */
export async function recordMeasurement(
  tx: EntityManager,
  viewer: Viewer,
  input: RecordMeasurementInput,
  options: { statusNoteId?: string; field?: string[] } = {},
): Promise<Measurement> {
  const field = options.field ?? ['input'];
  const goalRowId = rowIdOf(input.goalId, 'Goal', [...field, 'goalId']);
  const goal = await tx.getRepository(Goal).findOneBy({ rowId: goalRowId });
  const contract = goal ? await findVisibleContract(tx, viewer, goal.contractId) : null;
  if (!goal || !contract) throw CommonErrors.notFound('Målet', [...field, 'goalId']);
  if (!isCaseworker(viewer) && !isProviderStaff(viewer)) throw MeasurementErrors.notAllowed();
  if (contract.status !== ContractStatus.DRAFT && contract.status !== ContractStatus.ACTIVE) throw MeasurementErrors.contractClosed();
  await assertProviderMayRecord(tx, viewer, contract, ConsentCategory.PROGRESS);
  if (!isOnScale(input.scale, input.value)) throw MeasurementErrors.outOfRange(input.scale, [...field, 'value']);
  if (input.measuredAt > danishToday()) throw MeasurementErrors.inFuture([...field, 'measuredAt']);
  const baseline = await tx.getRepository(Measurement).findOneBy({ goalId: goalRowId, scale: input.scale, kind: MeasurementKind.BASELINE });
  if (input.kind === MeasurementKind.BASELINE && baseline) throw MeasurementErrors.baselineExists([...field, 'kind']);
  if (input.kind === MeasurementKind.FOLLOW_UP && baseline && input.measuredAt < baseline.measuredAt) {
    throw MeasurementErrors.beforeBaseline([...field, 'measuredAt']);
  }
  return tx.getRepository(Measurement).save(
    Object.assign(new Measurement(), {
      rowId: newId(),
      goalId: goalRowId,
      scale: input.scale,
      value: input.value,
      measuredAt: input.measuredAt,
      kind: input.kind,
      comment: optionalText(input.comment, [...field, 'comment']),
      recordedById: viewer.user.rowId,
      statusNoteId: options.statusNoteId ?? null,
      createdAt: nowInstant(),
    }),
  );
}
