import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterErrors, isIsoDate, readChoice, readFilter, toProgressionFilter, toTimelinessFilter, writeFilter } from './dashboard-filter.js';

describe('the dashboard filter in the address', () => {
  it('reads what it knows and drops the rest', () => {
    const filter = readFilter(new URLSearchParams('theme=SELF_CARE&theme=NOT_A_THEME&theme=SELF_CARE&service=SEL_107&service=SEL_999&provider=UHJv&from=2026-02-30&to=2026-06-30&scale=VUM_0_4'));
    expect(filter).toEqual({ lifeThemes: ['SELF_CARE'], serviceTypes: ['SEL_107'], provider: 'UHJv', authority: null, from: null, to: '2026-06-30', scale: 'VUM_0_4' });
    expect(readFilter(new URLSearchParams('scale=PERCENT'))).toEqual(EMPTY_FILTER);
  });

  it('writes a filter that reads back the same, keeping the view choices', () => {
    const filter = { lifeThemes: ['SELF_CARE', 'RELATIONS'], serviceTypes: ['SEL_85' as const], provider: null, authority: 'QXV0', from: '2026-01-01', to: null, scale: 'ONE_TO_TEN' as const };
    const params = writeFilter(filter, new URLSearchParams('rows=AUTHORITY&theme=MOBILITY'));
    expect(params.get('rows')).toBe('AUTHORITY');
    expect(params.has('scale')).toBe(false);
    expect(readFilter(params)).toEqual(filter);
  });

  it('explains a bad date range at the field', () => {
    expect(filterErrors({ from: '', to: '' })).toEqual({});
    expect(filterErrors({ from: '2026-03-01', to: '2026-03-01' })).toEqual({});
    expect(filterErrors({ from: '2026-04-01', to: '2026-03-01' })).toEqual({ to: 'fromAfterTo' });
    expect(filterErrors({ from: '2026-13-01', to: 'x' })).toEqual({ from: 'fromInvalid', to: 'toInvalid' });
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
  });

  it('sends empty lists as "all" and keeps life themes and scale out of timeliness', () => {
    expect(toProgressionFilter(EMPTY_FILTER)).toEqual({ lifeThemes: null, serviceTypes: null, provider: null, authority: null, from: null, to: null, scale: 'ONE_TO_TEN' });
    const timeliness = toTimelinessFilter({ ...EMPTY_FILTER, lifeThemes: ['SELF_CARE'], serviceTypes: ['SEL_104'], from: '2026-01-01' });
    expect(timeliness).toEqual({ serviceTypes: ['SEL_104'], provider: null, authority: null, from: '2026-01-01', to: null });
  });

  it('reads a view choice or falls back', () => {
    const params = new URLSearchParams('rows=AUTHORITY&by=NONSENSE');
    expect(readChoice(params, 'rows', ['PROVIDER', 'AUTHORITY'] as const, 'PROVIDER')).toBe('AUTHORITY');
    expect(readChoice(params, 'by', ['PROVIDER', 'AUTHORITY'] as const, 'PROVIDER')).toBe('PROVIDER');
  });
});
