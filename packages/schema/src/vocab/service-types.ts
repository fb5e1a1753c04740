import type { LocalizedText } from './text.js';

export type ServiceCategory = 'FLOATING_SUPPORT' | 'RESIDENTIAL' | 'DAY_OFFER';

/** A service type ("ydelse") under the Social Services Act with its default follow-up interval. */
export interface ServiceTypeDefinition {
  paragraph: string;
  category: ServiceCategory;
  name: LocalizedText;
  /** Months between follow-up meetings (Hjørring's defaults); null means "as needed". */
  followUpIntervalMonths: number | null;
}

export const SERVICE_TYPES = {
  SEL_85: { paragraph: 'SEL § 85', category: 'FLOATING_SUPPORT', name: { da: 'Socialpædagogisk støtte (bostøtte)', en: 'Floating support' }, followUpIntervalMonths: null },
  SEL_107: { paragraph: 'SEL § 107', category: 'RESIDENTIAL', name: { da: 'Midlertidigt botilbud', en: 'Temporary residential offer' }, followUpIntervalMonths: 12 },
  SEL_108: { paragraph: 'SEL § 108', category: 'RESIDENTIAL', name: { da: 'Længerevarende botilbud', en: 'Long-term residential offer' }, followUpIntervalMonths: 12 },
  SEL_103: { paragraph: 'SEL § 103', category: 'DAY_OFFER', name: { da: 'Beskyttet beskæftigelse', en: 'Sheltered employment' }, followUpIntervalMonths: 36 },
  SEL_104: { paragraph: 'SEL § 104', category: 'DAY_OFFER', name: { da: 'Aktivitets- og samværstilbud', en: 'Activity and social day offer' }, followUpIntervalMonths: 24 },
} as const satisfies Record<string, ServiceTypeDefinition>;

export type ServiceTypeKey = keyof typeof SERVICE_TYPES;
export const SERVICE_TYPE_KEYS = Object.keys(SERVICE_TYPES) as ServiceTypeKey[];
