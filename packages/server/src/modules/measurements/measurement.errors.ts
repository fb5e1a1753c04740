import { SCALES, type ScaleKey } from '@treklang/schema';
import { DomainError } from '../../common/domain-error.js';

export const MeasurementErrors = {
  outOfRange: (scale: ScaleKey, field: string[]) =>
    new DomainError(
      'VALUE_OUT_OF_RANGE',
      {
        da: `Værdien skal være et helt tal fra ${SCALES[scale].min} til ${SCALES[scale].max}.`,
        en: `The value must be a whole number from ${SCALES[scale].min} to ${SCALES[scale].max}.`,
      },
      field,
    ),
  baselineExists: (field: string[]) =>
    new DomainError('BASELINE_EXISTS', { da: 'Målet har allerede en udgangsmåling på denne skala.', en: 'The goal already has a baseline on this scale.' }, field),
  inFuture: (field: string[]) =>
    new DomainError('DATE_IN_FUTURE', { da: 'Målingen kan ikke være dateret i fremtiden.', en: 'A reading cannot be dated in the future.' }, field),
  beforeBaseline: (field: string[]) =>
    new DomainError('BEFORE_BASELINE', { da: 'En opfølgende måling kan ikke ligge før udgangsmålingen.', en: 'A follow-up reading cannot precede the baseline.' }, field),
  notAllowed: () =>
    new DomainError('FORBIDDEN', { da: 'Din rolle må ikke registrere målinger.', en: 'Your role may not record readings.' }, null),
  contractClosed: () =>
    new DomainError('CONTRACT_CLOSED', { da: 'Kontrakten er afsluttet; der kan ikke registreres flere målinger.', en: 'The contract has ended; no more readings can be recorded.' }, ['input', 'goalId']),
};
