import { registerEnumType } from 'type-graphql';

/**
 * The kinds of information a consent lets the authority share with another party (a provider). The authority's own
 * caseworkers see everything of their citizens; a provider sees a kind only while a consent in force covers both
 * the provider and that kind (auth/policy-table.ts says which field is which kind).
 */
export enum ConsentCategory {
  IDENTITY = 'IDENTITY',
  GOALS = 'GOALS',
  PROGRESS = 'PROGRESS',
  FORMS = 'FORMS',
}

export const CONSENT_CATEGORIES: readonly ConsentCategory[] = Object.values(ConsentCategory);

registerEnumType(ConsentCategory, {
  name: 'ConsentCategory',
  description: 'A kind of information a consent covers (what may be exchanged with the named organisations).',
  valuesConfig: {
    IDENTITY: { description: 'Navn, CPR-nummer og kontaktoplysninger: name, CPR number, birth date, address, phone, guardian and support person.' },
    GOALS: { description: 'Vurdering, formål, mål og delmål: the assessment, the contract\'s purpose and content, goals, sub-goals and contract versions.' },
    PROGRESS: { description: 'Målinger, status og møder: measurements, status notes, follow-up meeting agendas and minutes, change notices.' },
    FORMS: { description: 'Skemaer: answers in form responses.' },
  },
});
