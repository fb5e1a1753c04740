import { describe, expect, it } from 'vitest';
import { tokenStatus } from './token-status.js';

describe('a token in the list', () => {
  it('is revoked when it has a revocation, else active or expired as the API says', () => {
    expect(tokenStatus({ active: true, revokedAt: null })).toBe('active');
    expect(tokenStatus({ active: false, revokedAt: null })).toBe('expired');
    expect(tokenStatus({ active: false, revokedAt: '2026-03-10T10:00:00Z' })).toBe('revoked');
  });

});
