import { describe, expect, it } from 'vitest';
import { maskCpr, parseCpr } from './cpr.js';

describe('parseCpr', () => {
  it('accepts a real date and derives the century from the 7th digit', () => {
    expect(parseCpr('010190-1235')).toMatchObject({ valid: true, birthDate: '1990-01-01', sex: 'MALE' });
    expect(parseCpr('010110-4002')).toMatchObject({ valid: true, birthDate: '2010-01-01', sex: 'FEMALE' });
    expect(parseCpr('010160-4002')).toMatchObject({ valid: true, birthDate: '1960-01-01' });
    expect(parseCpr('010150-5002')).toMatchObject({ valid: true, birthDate: '2050-01-01' });
    expect(parseCpr('010170-5002')).toMatchObject({ valid: true, birthDate: '1870-01-01' });
    expect(parseCpr('010136-9001')).toMatchObject({ valid: true, birthDate: '2036-01-01' });
    expect(parseCpr('010137-9001')).toMatchObject({ valid: true, birthDate: '1937-01-01' });
  });

  it('does not apply the modulus-11 check (numbers without it are issued since 2007)', () => {
    // 010190-1234 fails modulus 11 but is a valid CPR number.
    expect(parseCpr('010190-1234').valid).toBe(true);
  });

  it('accepts the number without the hyphen and normalises it', () => {
    expect(parseCpr('0101901235')).toMatchObject({ valid: true, normalized: '010190-1235' });
  });

  it('refuses impossible dates', () => {
    expect(parseCpr('310290-1234')).toEqual({ valid: false, problem: 'DATE' });
    expect(parseCpr('290201-1234')).toEqual({ valid: false, problem: 'DATE' });
    expect(parseCpr('290200-4234')).toMatchObject({ valid: true, birthDate: '2000-02-29' });
    expect(parseCpr('011390-1234')).toEqual({ valid: false, problem: 'DATE' });
    expect(parseCpr('000190-1234')).toEqual({ valid: false, problem: 'DATE' });
  });

  it('refuses anything that is not DDMMYY-SSSS', () => {
    for (const bad of ['', '0101901', '01-01-90-1234', 'abcdef-ghij', '010190-12345', '010190 1234']) {
      expect(parseCpr(bad)).toEqual({ valid: false, problem: 'FORMAT' });
    }
  });

  it('masks the serial part', () => {
    expect(maskCpr('010190-1235')).toBe('010190-xxxx');
  });
});
