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
});

export enum AssessmentTool {
  VUM = 'VUM',
  ICS = 'ICS',
  OTHER = 'OTHER',
}
registerEnumType(AssessmentTool, { name: 'AssessmentTool', description: 'The systematic assessment tool: VUM (adults), ICS (children) or another.' });

export enum ReportingForm {
  PROSE = 'PROSE',
  NUMBERS = 'NUMBERS',
}
registerEnumType(ReportingForm, { name: 'ReportingForm', description: 'How the provider reports progress before follow-up: in prose and/or in numbers.' });

export enum SignatureParty {
  BUYER = 'BUYER',
  SELLER = 'SELLER',
}
registerEnumType(SignatureParty, { name: 'SignatureParty', description: 'BUYER: the authority (køber). SELLER: the provider (sælger).' });

export enum PriceUnit {
  PER_DAY = 'PER_DAY',
  PER_MONTH = 'PER_MONTH',
  PER_HOUR = 'PER_HOUR',
  PER_YEAR = 'PER_YEAR',
}
registerEnumType(PriceUnit, { name: 'PriceUnit', description: 'What the price (takst) is per: day (døgn), month, hour or year.' });
