import { LIMITS } from '@treklang/schema';
import { DomainError } from '../../common/domain-error.js';

export const GoalErrors = {
  goalLimit: (field: string[] = ['input']) =>
    new DomainError(
      'GOAL_LIMIT',
      { da: `En kontrakt kan højst have ${LIMITS.maxGoalsPerContract} indsatsmål.`, en: `A contract can have at most ${LIMITS.maxGoalsPerContract} goals.` },
      field,
    ),
  themeNotInContract: (field: string[]) =>
    new DomainError('THEME_NOT_IN_CONTRACT', { da: 'Målet skal ligge i et af kontraktens livstemaer.', en: "The goal must lie in one of the contract's life themes." }, field),
  unknownTheme: (field: string[]) =>
    new DomainError('UNKNOWN_LIFE_THEME', { da: 'Ukendt livstema.', en: 'Unknown life theme.' }, field),
  deadlineBeforeStart: (field: string[]) =>
    new DomainError('DEADLINE_BEFORE_START', { da: 'Målets frist ligger før kontraktens start.', en: 'The deadline is before the contract starts.' }, field),
  badPriority: (field: string[]) =>
    new DomainError('INVALID', { da: `Prioriteten skal være 1 til ${LIMITS.maxGoalsPerContract}.`, en: `The priority must be 1 to ${LIMITS.maxGoalsPerContract}.` }, field),
  contractClosed: () =>
    new DomainError('CONTRACT_CLOSED', { da: 'Kontrakten er afsluttet og kan ikke ændres.', en: 'The contract has ended and cannot be changed.' }, ['input']),
  onlyAuthority: () =>
    new DomainError('FORBIDDEN', { da: 'Kun myndighedens rådgiver kan fastsætte og ændre indsatsmål.', en: "Only the authority's caseworker can set and change goals." }, null),
};
