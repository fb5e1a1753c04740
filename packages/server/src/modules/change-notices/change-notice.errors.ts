import { DomainError } from '../../common/domain-error.js';

export const ChangeNoticeErrors = {
  onlyProviderStaff: () =>
    new DomainError('FORBIDDEN', { da: 'Kun leverandørens medarbejdere kan indberette ændringer.', en: "Only the provider's staff can report changes." }, null),
  onlyCaseworkers: () =>
    new DomainError('FORBIDDEN', { da: 'Kun myndighedens rådgivere kan kvittere for en ændringsmeddelelse.', en: "Only the authority's caseworkers can acknowledge a change notice." }, null),
  contractNotActive: () =>
    new DomainError(
      'CONTRACT_NOT_ACTIVE',
      { da: 'Ændringer kan kun indberettes på en aktiv kontrakt.', en: 'Changes can only be reported on an active contract.' },
      ['input', 'contractId'],
    ),
  alreadyAcknowledged: () =>
    new DomainError('ALREADY_ACKNOWLEDGED', { da: 'Der er allerede kvitteret for ændringsmeddelelsen.', en: 'The change notice has already been acknowledged.' }, ['input', 'id']),
};
