import { SCALE_KEYS, SERVICE_TYPE_KEYS, VUM_LIFE_THEMES } from '@treklang/schema';
import type { ProgressionFilter, Scale, ServiceType, TimelinessFilter } from '../../generated/graphql.js';

/** What the dashboard shows, kept in the address (?theme=…&service=…&provider=…&from=…&to=…&scale=…) so a view can be shared and reloaded. */
export interface DashboardFilter {
  lifeThemes: string[];
  serviceTypes: ServiceType[];
  provider: string | null;
  authority: string | null;
  from: string | null;
  to: string | null;
  scale: Scale;
}

export const EMPTY_FILTER: DashboardFilter = { lifeThemes: [], serviceTypes: [], provider: null, authority: null, from: null, to: null, scale: 'ONE_TO_TEN' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const THEME_KEYS = new Set(VUM_LIFE_THEMES.map((t) => t.key));

/** Reads the filter from the address; values it does not know are dropped, never sent to the server. */
export function readFilter(params: URLSearchParams): DashboardFilter {
  const date = (name: string) => {
    const value = params.get(name);
    return value && isIsoDate(value) ? value : null;
  };
  const scale = params.get('scale');
  return {
    lifeThemes: [...new Set(params.getAll('theme').filter((k) => THEME_KEYS.has(k)))],
    serviceTypes: [...new Set(params.getAll('service').filter((s): s is ServiceType => (SERVICE_TYPE_KEYS as readonly string[]).includes(s)))],
    provider: params.get('provider') || null,
    authority: params.get('authority') || null,
    from: date('from'),
    to: date('to'),
    scale: scale && (SCALE_KEYS as readonly string[]).includes(scale) ? (scale as Scale) : 'ONE_TO_TEN',
  };
}

/** Writes the filter into search params, keeping other parameters (the view choices) as they are. */
export function writeFilter(filter: DashboardFilter, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const name of ['theme', 'service', 'provider', 'authority', 'from', 'to', 'scale']) params.delete(name);
  for (const key of filter.lifeThemes) params.append('theme', key);
  for (const type of filter.serviceTypes) params.append('service', type);
  if (filter.provider) params.set('provider', filter.provider);
  if (filter.authority) params.set('authority', filter.authority);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.scale !== 'ONE_TO_TEN') params.set('scale', filter.scale);
  return params;
}

export type FilterError = 'fromInvalid' | 'toInvalid' | 'fromAfterTo';

/** Problems with typed dates, by field; an empty object when the filter can be applied. */
export function filterErrors(draft: { from: string; to: string }): Partial<Record<'from' | 'to', FilterError>> {
  const errors: Partial<Record<'from' | 'to', FilterError>> = {};
  if (draft.from && !isIsoDate(draft.from)) errors.from = 'fromInvalid';
  if (draft.to && !isIsoDate(draft.to)) errors.to = 'toInvalid';
  if (!errors.from && !errors.to && draft.from && draft.to && draft.from > draft.to) errors.to = 'fromAfterTo';
  return errors;
}

export function toProgressionFilter(filter: DashboardFilter): ProgressionFilter {
  return {
    lifeThemes: filter.lifeThemes.length > 0 ? filter.lifeThemes : null,
    serviceTypes: filter.serviceTypes.length > 0 ? filter.serviceTypes : null,
    provider: filter.provider,
    authority: filter.authority,
    from: filter.from,
    to: filter.to,
    scale: filter.scale,
  };
}

/** Timeliness knows no life themes or scales: those filters apply to progression only. */
export function toTimelinessFilter(filter: DashboardFilter): TimelinessFilter {
  return {
    serviceTypes: filter.serviceTypes.length > 0 ? filter.serviceTypes : null,
    provider: filter.provider,
    authority: filter.authority,
    from: filter.from,
    to: filter.to,
  };
}

/** A view choice from the address (?rows=AUTHORITY), or the fallback when absent or unknown. */
export function readChoice<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], fallback: T): T {
  const value = params.get(name);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
