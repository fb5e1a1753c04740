import type { LocalizedText } from './text.js';

/** A measurement scale; progression compares readings on the same scale only. */
export interface ScaleDefinition {
  min: number;
  max: number;
  /** True when a higher value means better functioning (1-10), false when it means more limitation (VUM 0-4). */
  higherIsBetter: boolean;
  name: LocalizedText;
}

export const SCALES = {
  ONE_TO_TEN: { min: 1, max: 10, higherIsBetter: true, name: { da: 'Skala 1-10 (ressourcer og støttebehov)', en: 'Scale 1-10 (resources and support need)' } },
  VUM_0_4: { min: 0, max: 4, higherIsBetter: false, name: { da: 'VUM funktionsevneniveau 0-4', en: 'VUM functional level 0-4' } },
} as const satisfies Record<string, ScaleDefinition>;

export type ScaleKey = keyof typeof SCALES;
export const SCALE_KEYS = Object.keys(SCALES) as ScaleKey[];

/** True when `value` is a whole number inside the scale's range. */
export function isOnScale(scale: ScaleKey, value: number): boolean {
  const { min, max } = SCALES[scale];
  return Number.isInteger(value) && value >= min && value <= max;
}
