import { LIMITS } from '@treklang/schema';
import { DomainError } from '../../common/domain-error.js';

export const OrderErrors = {
  onlyCaseworkers: () =>
    new DomainError('FORBIDDEN', { da: 'Kun myndighedens rådgivere kan sende og ændre bestillinger.', en: "Only the authority's caseworkers can send and change orders." }, null),
  onlyProviderManagers: () =>
    new DomainError('FORBIDDEN', { da: 'Kun leverandørens afdelingsleder kan acceptere eller afvise en bestilling.', en: "Only the provider's manager can accept or decline an order." }, null),
  notAProvider: () =>
    new DomainError('NOT_A_PROVIDER', { da: 'Bestillingen skal sendes til en leverandør.', en: 'An order must be sent to a provider.' }, ['input', 'providerId']),
  goalLimit: () =>
    new DomainError(
      'GOAL_LIMIT',
      { da: `En bestilling kan højst have ${LIMITS.maxGoalsPerContract} indsatsmål.`, en: `An order can have at most ${LIMITS.maxGoalsPerContract} goals.` },
      ['input', 'goals'],
    ),
  notPending: (status: string) =>
    new DomainError(
      'ORDER_NOT_PENDING',
      { da: `Bestillingen er allerede besluttet (${status}); kun en sendt bestilling kan accepteres eller afvises.`, en: `The order has already been decided (${status}); only a sent order can be accepted or declined.` },
      ['input', 'id'],
    ),
};
