import { DomainError } from '../../common/domain-error.js';

export const CitizenErrors = {
  cprFormat: () =>
    new DomainError('INVALID_CPR', { da: 'CPR-nummeret skal skrives DDMMÅÅ-SSSS.', en: 'The CPR number must be written DDMMYY-SSSS.' }, ['input', 'cpr']),
  cprDate: () =>
    new DomainError('INVALID_CPR', { da: 'CPR-nummerets første seks cifre er ikke en rigtig dato.', en: 'The first six digits of the CPR number are not a real date.' }, ['input', 'cpr']),
  cprTaken: () =>
    new DomainError('DUPLICATE', { da: 'Der findes allerede en borger med dette CPR-nummer.', en: 'A citizen with this CPR number already exists.' }, ['input', 'cpr']),
  onlyCaseworkers: () =>
    new DomainError('FORBIDDEN', { da: 'Kun myndighedens rådgivere kan oprette og ændre borgere.', en: "Only the authority's caseworkers can create and change citizens." }, null),
};
