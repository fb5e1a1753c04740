import type { ConsentCategory } from '../../generated/graphql.js';
import type { Texts } from '../../i18n/language.js';

/** Parties and kinds of information a consent usually names (Sorø Bilag 6); stored as the Danish words. */
export const CONSENT_PARTY_OPTIONS: readonly { value: string; en: string }[] = [
  { value: 'Jobcenter', en: 'Job centre' },
  { value: 'Socialpsykiatrien', en: 'Social psychiatry' },
  { value: 'Misbrugscentret', en: 'Addiction centre' },
  { value: 'Egen læge', en: 'Own doctor' },
  { value: 'Psykiatrien i regionen', en: 'Regional psychiatric services' },
  { value: 'Bostøtte', en: 'Floating support' },
  { value: 'Botilbud', en: 'Residential offer' },
  { value: 'Hjemmeplejen', en: 'Home care' },
  { value: 'Ydelseskontoret', en: 'Benefits office' },
  { value: 'Boligselskab', en: 'Housing association' },
  { value: 'Kriminalforsorgen', en: 'Prison and probation service' },
  { value: 'Uddannelsesinstitution', en: 'Educational institution' },
  { value: 'Familieafdelingen', en: 'Family department' },
  { value: 'Sundhedsplejen', en: 'Health visitors' },
  { value: 'Værge', en: 'Guardian' },
];

export const CONSENT_SCOPE_OPTIONS: readonly { value: string; en: string }[] = [
  { value: 'Helbredsoplysninger', en: 'Health information' },
  { value: 'Sociale forhold', en: 'Social circumstances' },
  { value: 'Økonomiske forhold', en: 'Financial circumstances' },
  { value: 'Beskæftigelse og uddannelse', en: 'Employment and education' },
  { value: 'Boligforhold', en: 'Housing' },
];

export interface ConsentTexts {
  organizations: string;
  categories: string;
  categoryNames: Record<ConsentCategory, string>;
  organizationsLegend: string;
  organizationsHint: string;
  categoriesLegend: string;
  categoriesHint: string;
  heading: string;
  intro: string;
  caption: string;
  none: string;
  givenAt: string;
  parties: string;
  scope: string;
  excluded: string;
  status: string;
  active: string;
  revoked: (date: string) => string;
  revoke: string;
  revokeLabel: (date: string) => string;
  confirmRevoke: string;
  confirmRevokeYes: string;
  revokedDone: string;
  record: string;
  formHeading: string;
  partiesLegend: string;
  otherParties: string;
  scopeLegend: string;
  otherScope: string;
  excludedLabel: string;
  lineHint: string;
  givenAtLabel: string;
  givenAtHint: string;
  submit: string;
  recorded: string;
  nothing: string;
}

export const CONSENT_TEXTS: Texts<ConsentTexts> = {
  da: {
    organizations: 'Leverandører',
    categories: 'Oplysninger til leverandører',
    categoryNames: { IDENTITY: 'Navn, CPR-nummer og kontaktoplysninger', GOALS: 'Vurdering, formål, mål og delmål', PROGRESS: 'Målinger, status og møder', FORMS: 'Skemaer' },
    organizationsLegend: 'Leverandører, der må se borgerens oplysninger',
    organizationsHint: 'En leverandør ser kun borgerens oplysninger, mens et gældende samtykke nævner den, og kun mens den har en aktiv kontrakt.',
    categoriesLegend: 'Hvilke oplysninger må leverandørerne se?',
    categoriesHint: 'Vælg mindst én.',
    heading: 'Samtykker',
    intro: 'Borgerens samtykke til, at parterne udveksler oplysninger. Et samtykke kan altid tilbagekaldes.',
    caption: 'Borgerens samtykker',
    none: 'Der er ikke registreret samtykker.',
    givenAt: 'Givet',
    parties: 'Parter',
    scope: 'Må udveksles',
    excluded: 'Må ikke udveksles',
    status: 'Status',
    active: 'Gældende',
    revoked: (date) => `Tilbagekaldt ${date}`,
    revoke: 'Tilbagekald',
    revokeLabel: (date) => `Tilbagekald samtykket givet ${date}`,
    confirmRevoke: 'Vil du tilbagekalde samtykket? Det kan ikke fortrydes.',
    confirmRevokeYes: 'Ja, tilbagekald',
    revokedDone: 'Samtykket er tilbagekaldt.',
    record: 'Registrér samtykke',
    formHeading: 'Nyt samtykke',
    partiesLegend: 'Parter, der må udveksle oplysninger',
    otherParties: 'Andre parter',
    scopeLegend: 'Hvad må udveksles?',
    otherScope: 'Andet, der må udveksles',
    excludedLabel: 'Hvad må ikke udveksles?',
    lineHint: 'Én pr. linje.',
    givenAtLabel: 'Dato for samtykket',
    givenAtHint: 'Tom: i dag. Kan ikke ligge i fremtiden.',
    submit: 'Registrér samtykke',
    recorded: 'Samtykket er registreret.',
    nothing: '–',
  },
  en: {
    organizations: 'Providers',
    categories: 'Information for providers',
    categoryNames: { IDENTITY: 'Name, CPR number and contact details', GOALS: 'Assessment, purpose, goals and sub-goals', PROGRESS: 'Measurements, status and meetings', FORMS: 'Forms' },
    organizationsLegend: "Providers that may see the citizen's information",
    organizationsHint: "A provider sees the citizen's information only while a consent in force names it, and only while it has an active contract.",
    categoriesLegend: 'Which information may the providers see?',
    categoriesHint: 'Choose at least one.',
    heading: 'Consents',
    intro: "The citizen's consent to the parties exchanging information. A consent can be revoked at any time.",
    caption: "The citizen's consents",
    none: 'No consents are recorded.',
    givenAt: 'Given',
    parties: 'Parties',
    scope: 'May be exchanged',
    excluded: 'May not be exchanged',
    status: 'Status',
    active: 'In force',
    revoked: (date) => `Revoked ${date}`,
    revoke: 'Revoke',
    revokeLabel: (date) => `Revoke the consent given ${date}`,
    confirmRevoke: 'Do you want to revoke the consent? This cannot be undone.',
    confirmRevokeYes: 'Yes, revoke',
    revokedDone: 'The consent has been revoked.',
    record: 'Record consent',
    formHeading: 'New consent',
    partiesLegend: 'Parties that may exchange information',
    otherParties: 'Other parties',
    scopeLegend: 'What may be exchanged?',
    otherScope: 'Other information that may be exchanged',
    excludedLabel: 'What may not be exchanged?',
    lineHint: 'One per line.',
    givenAtLabel: 'Date of the consent',
    givenAtHint: 'Empty: today. Cannot be in the future.',
    submit: 'Record consent',
    recorded: 'The consent has been recorded.',
    nothing: '–',
  },
};
