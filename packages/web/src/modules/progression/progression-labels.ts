import { VUM_LIFE_THEMES } from '@treklang/schema';
import type { ProgressionDimension, TimelinessDimension } from '../../generated/graphql.js';
import type { Language, Texts } from '../../i18n/language.js';
import { goalTypeLabel, serviceTypeLabel, themeName } from '../contracts/contract-labels.js';
import type { ProgressionGroupRow, TimelinessGroupRow } from './progression-queries.js';

export const DIMENSION_LABELS: Texts<Record<ProgressionDimension, string>> = {
  da: { PROVIDER: 'Leverandør', AUTHORITY: 'Myndighed', LIFE_THEME: 'Livstema', SERVICE_TYPE: 'Ydelse', GOAL_TYPE: 'Måltype', QUARTER: 'Kvartal' },
  en: { PROVIDER: 'Provider', AUTHORITY: 'Authority', LIFE_THEME: 'Life theme', SERVICE_TYPE: 'Service type', GOAL_TYPE: 'Goal type', QUARTER: 'Quarter' },
};

const NO_READING: Texts<string> = { da: 'Ingen måling', en: 'No reading' };

/** "2026-Q3" as "3. kvt. 2026" / "Q3 2026". */
export function quarterLabel(quarter: string | null | undefined, language: Language): string {
  if (!quarter) return NO_READING[language];
  const match = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!match) return quarter;
  return language === 'da' ? `${match[2]}. kvt. ${match[1]}` : `Q${match[2]} ${match[1]}`;
}

type DimensionValues = Pick<ProgressionGroupRow, 'authority' | 'provider' | 'lifeTheme' | 'lifeThemeKey' | 'serviceType' | 'goalType' | 'quarter'>;

/** The group's value on one dimension, in words. */
export function groupLabel(group: DimensionValues, dimension: ProgressionDimension, language: Language): string {
  switch (dimension) {
    case 'PROVIDER':
      return group.provider?.name ?? '';
    case 'AUTHORITY':
      return group.authority?.name ?? '';
    case 'LIFE_THEME':
      return group.lifeTheme ? themeName(group.lifeTheme, language) : (group.lifeThemeKey ?? '');
    case 'SERVICE_TYPE':
      return group.serviceType ? serviceTypeLabel(group.serviceType, language) : '';
    case 'GOAL_TYPE':
      return group.goalType ? goalTypeLabel(group.goalType, language) : '';
    case 'QUARTER':
      return quarterLabel(group.quarter, language);
  }
}

/** A stable key of the group's value on one dimension. */
export function groupKey(group: DimensionValues, dimension: ProgressionDimension): string {
  switch (dimension) {
    case 'PROVIDER':
      return group.provider?.id ?? '';
    case 'AUTHORITY':
      return group.authority?.id ?? '';
    case 'LIFE_THEME':
      return group.lifeThemeKey ?? '';
    case 'SERVICE_TYPE':
      return group.serviceType ?? '';
    case 'GOAL_TYPE':
      return group.goalType ?? '';
    case 'QUARTER':
      return group.quarter ?? '';
  }
}

export function timelinessGroupLabel(group: TimelinessGroupRow, dimension: TimelinessDimension, language: Language): string {
  return groupLabel({ ...group, lifeTheme: null, lifeThemeKey: null, goalType: null }, dimension, language);
}

/** Groups in reading order: life themes as VUM lists them, quarters in time, the rest by name (Danish collation). */
export function byDimension<G extends DimensionValues>(dimension: ProgressionDimension, language: Language): (a: G, b: G) => number {
  if (dimension === 'LIFE_THEME') return (a, b) => themeOrder(a.lifeThemeKey ?? '', b.lifeThemeKey ?? '');
  if (dimension === 'QUARTER') return (a, b) => (a.quarter ?? '9999').localeCompare(b.quarter ?? '9999');
  return (a, b) => groupLabel(a, dimension, language).localeCompare(groupLabel(b, dimension, language), language === 'da' ? 'da' : 'en');
}

/** In a long list (more than `limit`), the groups with numbers come first and the hidden ones after, each in their order. */
export function informativeFirst<R>(rows: readonly R[], hidden: (row: R) => boolean, limit: number): R[] {
  if (rows.length <= limit) return [...rows];
  return [...rows.filter((r) => !hidden(r)), ...rows.filter(hidden)];
}

/** Life themes in the order VUM lists them; keys outside VUM after them, alphabetically. */
export function themeOrder(a: string, b: string): number {
  const index = (key: string) => {
    const i = VUM_LIFE_THEMES.findIndex((t) => t.key === key);
    return i === -1 ? VUM_LIFE_THEMES.length : i;
  };
  return index(a) - index(b) || a.localeCompare(b);
}
