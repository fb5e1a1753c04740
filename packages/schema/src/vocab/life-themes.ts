import type { LocalizedText } from './text.js';

/** The three FFB groups ("FFB tilstande") that the VUM life themes belong to. */
export const LIFE_THEME_GROUPS = {
  FUNCTIONS_AND_CONDITIONS: {
    code: '740934cd-002b-4b96-b92e-b3562eed9448',
    name: { da: 'Funktioner og forhold', en: 'Functions and conditions' },
  },
  ACTIVITY_AND_PARTICIPATION: {
    code: '93433530-b85c-4d04-a4fb-5ae26cf16f1c',
    name: { da: 'Aktivitet og deltagelse', en: 'Activity and participation' },
  },
  ENVIRONMENTAL_FACTORS: {
    code: 'a56d59c0-c8fd-468c-85f9-b67f66561b90',
    name: { da: 'Omgivelsesfaktorer', en: 'Environmental factors' },
  },
} as const satisfies Record<string, { code: string; name: LocalizedText }>;

export type LifeThemeGroupKey = keyof typeof LIFE_THEME_GROUPS;

/** A life theme ("livstema") keyed by a stable key, carrying its Fælles Faglige Begreber code. */
export interface LifeThemeDefinition {
  key: string;
  /** The FFB concept code (a UUID) in KL's code system. */
  code: string;
  name: LocalizedText;
  group: LifeThemeGroupKey;
}

/** The 11 VUM 2.0 life themes in the order the Nordjylland seed lists them. */
export const VUM_LIFE_THEMES: readonly LifeThemeDefinition[] = [
  { key: 'PHYSICAL_FUNCTIONS', code: 'a134c31d-d316-46d4-935e-e500874dbbe1', name: { da: 'Fysiske funktioner', en: 'Physical functions' }, group: 'FUNCTIONS_AND_CONDITIONS' },
  { key: 'MENTAL_FUNCTIONS', code: '25c5c614-305f-46cd-9891-55d564fc30cf', name: { da: 'Mentale funktioner', en: 'Mental functions' }, group: 'FUNCTIONS_AND_CONDITIONS' },
  { key: 'SOCIAL_CONDITIONS', code: 'e1836145-0c20-4e20-971e-d62dfe4ea1a0', name: { da: 'Sociale forhold', en: 'Social conditions' }, group: 'FUNCTIONS_AND_CONDITIONS' },
  { key: 'HEALTH_CONDITIONS', code: '4fb78b88-d3af-4cfb-84d7-f06daf423317', name: { da: 'Sundhedsforhold', en: 'Health conditions' }, group: 'FUNCTIONS_AND_CONDITIONS' },
  { key: 'RELATIONS', code: '3856b434-f72e-42a5-b9d1-0cc93f48434b', name: { da: 'Relationer', en: 'Relations' }, group: 'ACTIVITY_AND_PARTICIPATION' },
  { key: 'COMMUNICATION', code: 'c2b186f9-9c10-478e-8345-2d2c37ab4c46', name: { da: 'Kommunikation', en: 'Communication' }, group: 'ACTIVITY_AND_PARTICIPATION' },
  { key: 'MOBILITY', code: 'd1495b2c-1452-4e49-8dbe-8193af5d8823', name: { da: 'Mobilitet', en: 'Mobility' }, group: 'ACTIVITY_AND_PARTICIPATION' },
  { key: 'SELF_CARE', code: 'da3f488f-1742-4d00-b247-a7d47500b36b', name: { da: 'Egenomsorg', en: 'Self-care' }, group: 'ACTIVITY_AND_PARTICIPATION' },
  { key: 'COMMUNITY_LIFE', code: 'dfbe6ff6-223b-436a-b864-8ba29bda41e2', name: { da: 'Samfundsliv', en: 'Community life' }, group: 'ACTIVITY_AND_PARTICIPATION' },
  { key: 'PRACTICAL_TASKS', code: 'eef71492-65f5-4297-aa95-3c3a6866ddef', name: { da: 'Praktiske opgaver', en: 'Practical tasks' }, group: 'ACTIVITY_AND_PARTICIPATION' },
  { key: 'SURROUNDINGS', code: '7445fb2b-0009-43d9-b49b-1b9782f2fcd9', name: { da: 'Omgivelser', en: 'Surroundings' }, group: 'ENVIRONMENTAL_FACTORS' },
];

const byKey = new Map(VUM_LIFE_THEMES.map((theme) => [theme.key, theme]));

/** The VUM life theme with this key, or undefined. */
export function findLifeTheme(key: string): LifeThemeDefinition | undefined {
  return byKey.get(key);
}
