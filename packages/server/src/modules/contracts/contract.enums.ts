import { registerEnumType } from 'type-graphql';

export enum ContractStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  TERMINATED = 'TERMINATED',
  ENDED = 'ENDED',
}
registerEnumType(ContractStatus, {
  name: 'ContractStatus',
  description: 'DRAFT while written; ACTIVE once signed by both with 1-3 goals; TERMINATED by notice (opsigelse); ENDED when the effort is done.',
  valuesConfig: {
    DRAFT: { description: 'Being written; not yet signed by both parties.' },
    ACTIVE: { description: 'Signed by buyer and seller; the effort runs.' },
    TERMINATED: { description: 'Terminated by notice (opsigelse); ends after the notice period.' },
    ENDED: { description: 'The effort is done (decided at a follow-up).' },
  },
});

export enum AssessmentTool {
  VUM = 'VUM',
  ICS = 'ICS',
  OTHER = 'OTHER',
}
registerEnumType(AssessmentTool, {
  name: 'AssessmentTool',
  description: 'The systematic assessment tool: VUM (adults), ICS (children) or another.',
  valuesConfig: {
    VUM: { description: 'Voksenudredningsmetoden (adults).' },
    ICS: { description: 'Integrated Children’s System (children and young people).' },
    OTHER: { description: 'Another systematic tool.' },
  },
});

export enum ReportingForm {
  PROSE = 'PROSE',
  NUMBERS = 'NUMBERS',
}
registerEnumType(ReportingForm, {
  name: 'ReportingForm',
  description: 'How the provider reports progress before follow-up: in prose and/or in numbers.',
  valuesConfig: {
    PROSE: { description: 'A written description.' },
    NUMBERS: { description: 'Readings on a scale (e.g. 1-10), compared with the baseline.' },
  },
});

export enum SignatureParty {
  BUYER = 'BUYER',
  SELLER = 'SELLER',
}
registerEnumType(SignatureParty, {
  name: 'SignatureParty',
  description: 'Who signs: the buyer or the seller.',
  valuesConfig: { BUYER: { description: 'The authority (køber).' }, SELLER: { description: 'The provider (sælger).' } },
});

export enum PriceUnit {
  PER_DAY = 'PER_DAY',
  PER_MONTH = 'PER_MONTH',
  PER_HOUR = 'PER_HOUR',
  PER_YEAR = 'PER_YEAR',
}
registerEnumType(PriceUnit, {
  name: 'PriceUnit',
  description: 'What the price (takst) is per.',
  valuesConfig: {
    PER_DAY: { description: 'Per day (døgntakst).' },
    PER_MONTH: { description: 'Per month.' },
    PER_HOUR: { description: 'Per hour.' },
    PER_YEAR: { description: 'Per year.' },
  },
});
