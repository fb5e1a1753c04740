import { describe, expect, it } from 'vitest';
import { auditCsv, danishStamp, type EntryFacts, operationTitle, roleName, userName } from './audit-log-format.js';
import { AUDIT_LOG_TEXTS } from './audit-log-texts.js';

const da = AUDIT_LOG_TEXTS.da;
const ROLES = { CASEWORKER: 'Rådgiver', ADMIN: 'Administrator' };

const entry = (overrides: Partial<EntryFacts> = {}): EntryFacts => ({
  sequence: 42,
  occurredAt: '2026-07-01T12:05:00.000Z',
  kind: 'ACCESS',
  outcome: 'OK',
  userId: 'VXNlcjox',
  userName: 'Rikke Rådgiver',
  organizationName: 'Hjørring Kommune',
  userRole: 'CASEWORKER',
  operationType: 'query',
  operationName: 'CitizenPage',
  rootFields: ['citizen'],
  purpose: 'Sagsbehandling',
  ip: '10.0.0.1',
  userAgent: 'Chromium',
  requestId: 'req-1',
  read: [{ type: 'Citizen', id: 'Q2l0aXplbjoy' }, { type: 'Contract', id: 'Q29udHJhY3Q6Mw' }],
  written: [],
  refused: [],
  searches: [],
  errorCodes: [],
  note: null,
  citizenIds: ['Q2l0aXplbjoy'],
  ...overrides,
});

describe('audit entries in words', () => {
  it('writes the time as Danish wall-clock time, summer and winter', () => {
    expect(danishStamp('2026-07-01T12:05:00.000Z')).toBe('2026-07-01 14:05');
    expect(danishStamp('2026-01-31T23:30:00.000Z')).toBe('2026-02-01 00:30');
  });

  it('names the user, or says why there is no name', () => {
    expect(userName(entry(), da)).toBe('Rikke Rådgiver');
    expect(userName(entry({ userId: 'VXNlcjo5', userName: null }), da)).toBe('Ukendt bruger');
    expect(userName(entry({ userId: null, userName: null }), da)).toBe('Ingen (ikke logget ind)');
    expect(roleName('CASEWORKER', ROLES)).toBe('Rådgiver');
    expect(roleName('SOMETHING_NEW', ROLES)).toBe('SOMETHING_NEW');
    expect(roleName(null, ROLES)).toBe('');
  });

  it('titles the operation by type and name, the root fields when unnamed, and other kinds in words', () => {
    expect(operationTitle(entry(), da)).toBe('Opslag CitizenPage');
    expect(operationTitle(entry({ operationType: 'mutation', operationName: null, rootFields: ['createCitizen'] }), da)).toBe('Ændring createCitizen');
    expect(operationTitle(entry({ kind: 'AUTH_FAILURE', operationType: null, operationName: null, rootFields: [] }), da)).toBe('Mislykket login eller afvist nøgle');
    expect(operationTitle(entry(), AUDIT_LOG_TEXTS.en)).toBe('Read CitizenPage');
  });
});

describe('audit log CSV', () => {
  it('has one line per entry with every detail, counts as numbers', () => {
    const refused = entry({ outcome: 'REFUSED', read: [], refused: [{ operation: 'Query.citizen', reason: 'Not visible' }], sequence: 43 });
    const { header, rows } = auditCsv([entry(), refused], ROLES, da);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    const cell = (row: number, name: string) => rows[row]![header.indexOf(name)];
    expect(cell(0, 'Tidspunkt (dansk tid)')).toBe('2026-07-01 14:05');
    expect(cell(0, 'Bruger')).toBe('Rikke Rådgiver');
    expect(cell(0, 'Rolle')).toBe('Rådgiver');
    expect(cell(0, 'Organisation')).toBe('Hjørring Kommune');
    expect(cell(0, 'Operation')).toBe('CitizenPage');
    expect(cell(0, 'Udfald')).toBe('OK');
    expect(cell(0, 'Antal læst')).toBe(2);
    expect(cell(0, 'Læste objekter')).toBe('Citizen Q2l0aXplbjoy, Contract Q29udHJhY3Q6Mw');
    expect(cell(1, 'Udfald')).toBe('Afvist');
    expect(cell(1, 'Afvisninger')).toBe('Query.citizen: Not visible');
    expect(cell(1, 'Løbenummer')).toBe(43);
  });
});
