import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { storedColumns } from './audit-draft.js';
import { canonicalJson, entryHash, GENESIS_HASH } from './audit-hash.js';
import { purposeOf } from './audit-purpose.js';
import { monthsBefore } from './audit-retention.js';

const draft = { occurredAt: '2026-11-23T10:00:00.000Z', kind: 'ACCESS' as const, outcome: 'OK' as const, userId: 'u', rootFields: ['citizen'], read: [{ type: 'Citizen', id: 'c1' }] };

describe('audit hashing', () => {
  it('serialises canonically: sorted keys, no whitespace, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }], e: undefined })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
  });

  it('serialises any JSON value exactly as the plain definition does (sorted keys, undefined left out)', () => {
    const reference = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
      if (Array.isArray(value)) return `[${value.map((item) => reference(item ?? null)).join(',')}]`;
      const record = value as Record<string, unknown>;
      const members = Object.keys(record).filter((key) => record[key] !== undefined).sort().map((key) => `${JSON.stringify(key)}:${reference(record[key])}`);
      return `{${members.join(',')}}`;
    };
    const withUndefined = fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.option(fc.jsonValue(), { nil: undefined }), { maxKeys: 30 }));
    fc.assert(fc.property(withUndefined, (value) => canonicalJson(value) === reference(value)), { numRuns: 2000 });
    expect(canonicalJson({ '': 1, ä: 2, Z: 3, a: undefined, '\u{1F600}': 4, ﬀ: 5 })).toBe(reference({ '': 1, ä: 2, Z: 3, '\u{1F600}': 4, ﬀ: 5 }));
  });

  it('changes the hash when any stored column or the link changes', () => {
    const columns = storedColumns(draft);
    const base = entryHash({ ...columns, seq: 1, prevHash: GENESIS_HASH });
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash({ ...columns, seq: 1, prevHash: GENESIS_HASH })).toBe(base);
    expect(entryHash({ ...columns, seq: 2, prevHash: GENESIS_HASH })).not.toBe(base);
    expect(entryHash({ ...columns, seq: 1, prevHash: '1'.repeat(64) })).not.toBe(base);
    expect(entryHash({ ...columns, userId: 'v', seq: 1, prevHash: GENESIS_HASH })).not.toBe(base);
    expect(entryHash({ ...storedColumns({ ...draft, read: [{ type: 'Citizen', id: 'c2' }] }), seq: 1, prevHash: GENESIS_HASH })).not.toBe(base);
  });

  it('stores only well-formed text without control characters, cut to the column length', () => {
    const columns = storedColumns({ ...draft, userAgent: `a\u0000b\ud800${'x'.repeat(400)}`, searches: ['ok\nnext'] });
    expect(columns.userAgent).toHaveLength(300);
    expect(columns.userAgent?.startsWith('a b\uFFFD')).toBe(true);
    expect(JSON.parse(columns.detail).searches).toEqual(['ok next']);
  });
});

describe('audit purpose and retention', () => {
  it('takes the stated purpose (ASCII, percent-encoded or raw UTF-8), else the role default', () => {
    expect(purposeOf(undefined, 'CASEWORKER')).toBe('sagsbehandling');
    expect(purposeOf('', 'PROVIDER_STAFF')).toBe('levering af indsats');
    expect(purposeOf('tilsyn', 'ADMIN')).toBe('tilsyn');
    expect(purposeOf('klage%20p%C3%A5%20afg%C3%B8relse', 'CASEWORKER')).toBe('klage på afgørelse');
    expect(purposeOf(Buffer.from('aktindsigt på sag', 'utf8').toString('latin1'), 'CASEWORKER')).toBe('aktindsigt på sag');
  });

  it('counts retention in calendar months, clamping to the month end so nothing younger than 6 months goes', () => {
    expect(monthsBefore(new Date('2026-08-31T12:00:00Z'), 6).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-11-23T00:00:00Z'), 6).toISOString()).toBe('2026-05-23T00:00:00.000Z');
  });
});
