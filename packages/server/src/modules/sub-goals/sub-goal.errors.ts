import { DomainError } from '../../common/domain-error.js';

export const SubGoalErrors = {
  onlyProvider: () =>
    new DomainError('FORBIDDEN', { da: 'Kun leverandøren kan foreslå og revidere delmål.', en: 'Only the provider can propose and revise sub-goals.' }, null),
  onlyAuthority: () =>
    new DomainError('FORBIDDEN', { da: 'Kun myndighedens rådgiver kan godkende eller afvise delmål.', en: "Only the authority's caseworker can approve or reject sub-goals." }, null),
  notProposed: () =>
    new DomainError('NOT_PROPOSED', { da: 'Delmålet er allerede godkendt eller afvist.', en: 'The sub-goal has already been approved or rejected.' }, ['input', 'id']),
  badDecision: () =>
    new DomainError('INVALID', { da: 'Beslutningen skal være APPROVED eller REJECTED.', en: 'The decision must be APPROVED or REJECTED.' }, ['input', 'approval']),
  goalClosed: () =>
    new DomainError('GOAL_CLOSED', { da: 'Målet eller kontrakten er afsluttet.', en: 'The goal or the contract has ended.' }, ['input', 'goalId']),
  tooMany: (max: number) =>
    new DomainError('SUB_GOAL_LIMIT', { da: `Et mål kan højst have ${max} delmål.`, en: `A goal can have at most ${max} sub-goals.` }, ['input', 'goalId']),
};
