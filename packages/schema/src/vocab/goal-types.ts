import type { LocalizedText } from './text.js';

/** Måltype: what a goal expects of the citizen's functioning. */
export const GOAL_TYPES = {
  DEVELOP: { code: 'd41c8072-52f8-42b5-9375-ddbea454d27f', name: { da: 'Udvikle funktionsevne', en: 'Develop functioning' } },
  MAINTAIN: { code: '10752a63-00b4-4958-b7f4-9f3a18f74266', name: { da: 'Fastholde funktionsevne', en: 'Maintain functioning' } },
  LIMIT_LOSS: { code: 'e47c22bd-d88d-48ab-882b-419923e1f44e', name: { da: 'Begrænse tab af funktionsevne', en: 'Limit loss of functioning' } },
} as const satisfies Record<string, { code: string; name: LocalizedText }>;

export type GoalTypeKey = keyof typeof GOAL_TYPES;
export const GOAL_TYPE_KEYS = Object.keys(GOAL_TYPES) as GoalTypeKey[];
