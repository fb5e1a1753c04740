import { describe, expect, it } from 'vitest';
import { fieldError, unplacedErrors } from '../contracts/form-values.js';
import { API_TOKEN_TEXTS } from './api-token-texts.js';
import { newTokenErrors, newTokenInput, type NewTokenValues } from './new-token-input.js';

const NOW = new Date('2026-03-10T10:00:00Z');
const t = API_TOKEN_TEXTS.da;
const formatDay = (date: string) => `[${date}]`;
const filled: NewTokenValues = { name: ' ESDH: natlig udtræk ', scopes: ['READ_CITIZENS', 'READ_CONTRACTS'], expiresOn: '2026-06-08' };

describe('the new API token form', () => {
  it('finds nothing wrong with a name, a scope and a date ahead, and builds the input', () => {
    expect(newTokenErrors(filled, NOW, t, formatDay)).toEqual([]);
    expect(newTokenInput(filled, NOW)).toEqual({ name: 'ESDH: natlig udtræk', scopes: ['READ_CITIZENS', 'READ_CONTRACTS'], expiresAt: '2026-06-08T21:59:59.000Z' });
  });

  it('names a blank name, no scope and no date at the fields the server uses', () => {
    const errors = newTokenErrors({ name: '   ', scopes: [], expiresOn: '' }, NOW, t, formatDay);
    expect(fieldError(errors, 'name')).toBe(t.nameRequired);
    expect(fieldError(errors, 'scopes')).toBe(t.scopesRequired);
    expect(fieldError(errors, 'expiresAt')).toBe(t.expiresRequired);
    expect(unplacedErrors(errors, ['name', 'scopes', 'expiresAt'])).toEqual([]);
  });

  it('refuses today, a day in the past and a day past the limit, and names the last day allowed', () => {
    expect(fieldError(newTokenErrors({ ...filled, expiresOn: '2026-03-10' }, NOW, t, formatDay), 'expiresAt')).toBe(t.expiresPast);
    expect(fieldError(newTokenErrors({ ...filled, expiresOn: '2025-12-24' }, NOW, t, formatDay), 'expiresAt')).toBe(t.expiresPast);
    expect(newTokenErrors({ ...filled, expiresOn: '2026-03-11' }, NOW, t, formatDay)).toEqual([]);
    expect(newTokenErrors({ ...filled, expiresOn: '2027-03-10' }, NOW, t, formatDay)).toEqual([]);
    expect(fieldError(newTokenErrors({ ...filled, expiresOn: '2027-03-11' }, NOW, t, formatDay), 'expiresAt')).toBe(t.expiresTooLate('[2027-03-10]'));
  });

  it('refuses a name longer than the server allows', () => {
    expect(fieldError(newTokenErrors({ ...filled, name: 'x'.repeat(101) }, NOW, t, formatDay), 'name')).toBe(t.nameTooLong);
    expect(newTokenErrors({ ...filled, name: 'x'.repeat(100) }, NOW, t, formatDay)).toEqual([]);
  });
});
