import { describe, expect, it } from 'vitest';
import { checkNewUser } from './new-user-check.js';

describe('checkNewUser', () => {
  it('passes a complete user with a role that fits the organisation', () => {
    expect(checkNewUser({ name: 'Anne Hansen', email: ' anne@hjoerring.dk ', role: 'CASEWORKER' }, 'AUTHORITY')).toEqual({});
  });

  it('names each missing or wrong field', () => {
    expect(checkNewUser({ name: '  ', email: 'anne', role: '' }, 'AUTHORITY')).toEqual({ name: 'nameRequired', email: 'emailInvalid', role: 'roleRequired' });
  });

  it('refuses a provider role at an authority and a caseworker at a provider', () => {
    expect(checkNewUser({ name: 'A', email: 'a@b.dk', role: 'PROVIDER_STAFF' }, 'AUTHORITY')).toEqual({ role: 'roleRequired' });
    expect(checkNewUser({ name: 'A', email: 'a@b.dk', role: 'CASEWORKER' }, 'PROVIDER')).toEqual({ role: 'roleRequired' });
  });
});
