import { describe, expect, it } from 'vitest';
import { erasureStateOf, isConfirmed } from './citizen-erasure-state.js';

const status = { lastActivityOn: '2018-06-30', erasableFrom: '2023-06-30', caseOpen: false, erased: false, erasable: true };

describe('what the anonymisation section shows', () => {
  it('offers the form only when the API says the citizen is erasable', () => {
    expect(erasureStateOf(status)).toEqual({ kind: 'erasable', lastActivityOn: '2018-06-30' });
  });

  it('shows an anonymised citizen as such, whatever else the status says', () => {
    expect(erasureStateOf({ ...status, erased: true, erasable: false })).toEqual({ kind: 'erased' });
  });

  it('shows an open case before the date it could be anonymised from', () => {
    expect(erasureStateOf({ ...status, caseOpen: true, erasable: false })).toEqual({ kind: 'open' });
  });

  it('names the date to wait for when the case is closed but the retention period runs', () => {
    expect(erasureStateOf({ ...status, lastActivityOn: '2025-06-30', erasableFrom: '2030-06-30', erasable: false })).toEqual({
      kind: 'waiting',
      erasableFrom: '2030-06-30',
      lastActivityOn: '2025-06-30',
    });
  });
});

describe('the confirmation', () => {
  it('is the word ANONYMISER in capitals; spaces around it do not count', () => {
    expect(isConfirmed('ANONYMISER')).toBe(true);
    expect(isConfirmed(' ANONYMISER ')).toBe(true);
    expect(isConfirmed('anonymiser')).toBe(false);
    expect(isConfirmed('ANONYMISE')).toBe(false);
    expect(isConfirmed('')).toBe(false);
  });
});
