import { DomainError } from '../../common/domain-error.js';

export const ContractErrors = {
  onlyCaseworker: () =>
    new DomainError('FORBIDDEN', { da: 'Kun myndighedens rådgiver kan oprette og ændre kontrakten.', en: "Only the authority's caseworker can create and change the contract." }, null),
  notAProvider: () =>
    new DomainError('NOT_A_PROVIDER', { da: 'Leverandøren findes ikke.', en: 'The provider does not exist.' }, ['input', 'providerId']),
  orderNotAccepted: () =>
    new DomainError('ORDER_NOT_ACCEPTED', { da: 'Kontrakten skal bygge på en accepteret bestilling for samme borger og leverandør.', en: 'The contract must be based on an accepted order for the same citizen and provider.' }, ['input', 'orderId']),
  noLifeThemes: () =>
    new DomainError('REQUIRED', { da: 'Vælg mindst ét livstema.', en: 'Choose at least one life theme.' }, ['input', 'lifeThemeKeys']),
  noReportingForm: () =>
    new DomainError('REQUIRED', { da: 'Vælg mindst én opfølgningsform (prosa og/eller tal).', en: 'Choose at least one reporting form (prose and/or numbers).' }, ['input', 'reportingForms']),
  themeInUse: (key: string) =>
    new DomainError('THEME_IN_USE', { da: `Livstemaet ${key} bruges af et mål og kan ikke fjernes.`, en: `The life theme ${key} is used by a goal and cannot be removed.` }, ['input', 'lifeThemeKeys']),
  badNoticePeriod: () =>
    new DomainError('INVALID', { da: 'Opsigelsesvarslet skal være 0 til 365 dage.', en: 'The notice period must be 0 to 365 days.' }, ['input', 'noticePeriodDays']),
  badPrice: () =>
    new DomainError('INVALID', { da: 'Prisen skal være et beløb fra 0 til 100.000.000 kr.', en: 'The price must be an amount from 0 to 100,000,000 DKK.' }, ['input', 'price', 'amount']),
  followUpBeforeStart: () =>
    new DomainError('INVALID', { da: 'Næste opfølgning kan ikke ligge før kontraktens start.', en: 'The next follow-up cannot be before the contract starts.' }, ['input', 'nextFollowUpDate']),
  onlyDraft: (field: string) =>
    new DomainError('ONLY_IN_DRAFT', { da: 'Dette kan kun ændres, mens kontrakten er et udkast.', en: 'This can only be changed while the contract is a draft.' }, ['input', field]),
  closed: () =>
    new DomainError('CONTRACT_CLOSED', { da: 'Kontrakten er afsluttet og kan ikke ændres.', en: 'The contract has ended and cannot be changed.' }, ['input', 'id']),
  wrongParty: () =>
    new DomainError('WRONG_PARTY', { da: 'Myndigheden underskriver som køber, leverandøren som sælger.', en: 'The authority signs as buyer, the provider as seller.' }, ['input', 'party']),
  alreadySigned: () =>
    new DomainError('ALREADY_SIGNED', { da: 'Kontrakten er allerede underskrevet af denne part.', en: 'This party has already signed the contract.' }, ['input', 'party']),
  noGoals: () =>
    new DomainError('NO_GOALS', { da: 'En kontrakt kan ikke aktiveres uden mindst ét indsatsmål.', en: 'A contract cannot be activated without at least one goal.' }, ['input', 'id']),
  notActive: () =>
    new DomainError('NOT_ACTIVE', { da: 'Kun en aktiv kontrakt kan opsiges.', en: 'Only an active contract can be terminated.' }, ['input', 'id']),
  nothingToSend: () =>
    new DomainError('NOTHING_TO_SEND', { da: 'Der er ingen ny version at sende til borgeren.', en: 'There is no new version to send to the citizen.' }, ['input', 'id']),
};
