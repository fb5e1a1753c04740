import { describe, expect, it } from 'vitest';
import { dateErrors, EMPTY_VIEW, isIsoDate, nextDay, readView, toApiFilter, writeView } from './audit-log-filter.js';

describe('audit log view in the address', () => {
  it('reads every parameter and drops dates that are not real days', () => {
    const view = readView(new URLSearchParams('from=2026-05-01&to=2026-02-30&operation=%20citizen%20&user=VXNlcjox&citizen=Q2l0aXplbjoy'));
    expect(view).toEqual({ from: '2026-05-01', to: null, operation: 'citizen', user: 'VXNlcjox', citizen: 'Q2l0aXplbjoy' });
    expect(readView(new URLSearchParams(''))).toEqual(EMPTY_VIEW);
  });

  it('writes only what is set, keeps other parameters and reads back the same', () => {
    const view = { ...EMPTY_VIEW, from: '2026-01-01', operation: 'CitizenPage', citizen: 'Q2l0aXplbjoy' };
    const params = writeView(view, new URLSearchParams('tab=x&user=old'));
    expect(params.toString()).toBe('tab=x&from=2026-01-01&operation=CitizenPage&citizen=Q2l0aXplbjoy');
    expect(readView(params)).toEqual(view);
    expect(writeView({ ...EMPTY_VIEW, operation: '  ' }).toString()).toBe('');
  });
});

describe('audit log dates', () => {
  it('knows real calendar days and the day after, across months, years and leap days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('1.5.2026')).toBe(false);
    expect(nextDay('2026-01-31')).toBe('2026-02-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
  });

  it('explains a bad range at the "to" field and a bad day at its own field', () => {
    expect(dateErrors({ from: '2026-06-01', to: '2026-01-01' })).toEqual({ to: 'fromAfterTo' });
    expect(dateErrors({ from: '2026-06-01', to: '2026-06-01' })).toEqual({});
    expect(dateErrors({ from: '2026-13-01', to: 'x' })).toEqual({ from: 'fromInvalid', to: 'toInvalid' });
    expect(dateErrors({ from: '', to: '' })).toEqual({});
  });

  it('sends Danish midnight of "from" and the Danish midnight after "to", in winter and summer time', () => {
    expect(toApiFilter({ ...EMPTY_VIEW, from: '2026-01-15', to: '2026-01-15' })).toEqual({
      from: '2026-01-14T23:00:00.000Z',
      to: '2026-01-15T23:00:00.000Z',
      operation: null,
      userId: null,
      citizenId: null,
    });
    const summer = toApiFilter({ ...EMPTY_VIEW, from: '2026-07-01', to: '2026-07-31' });
    expect(summer?.from).toBe('2026-06-30T22:00:00.000Z');
    expect(summer?.to).toBe('2026-07-31T22:00:00.000Z');
    // The day clocks go back (25 October 2026) has 25 hours; the range still ends at the next Danish midnight.
    expect(toApiFilter({ ...EMPTY_VIEW, to: '2026-10-25' })?.to).toBe('2026-10-25T23:00:00.000Z');
    expect(toApiFilter({ ...EMPTY_VIEW, from: '2026-03-29' })?.from).toBe('2026-03-28T23:00:00.000Z');
  });

  it('passes operation, user and citizen through, and sends nothing for a range that runs backwards', () => {
    expect(toApiFilter({ ...EMPTY_VIEW, operation: ' citizen ', user: 'VXNlcjox', citizen: 'Q2l0aXplbjoy' })).toEqual({
      from: null,
      to: null,
      operation: 'citizen',
      userId: 'VXNlcjox',
      citizenId: 'Q2l0aXplbjoy',
    });
    expect(toApiFilter({ ...EMPTY_VIEW, from: '2026-06-02', to: '2026-06-01' })).toBeNull();
  });
});
