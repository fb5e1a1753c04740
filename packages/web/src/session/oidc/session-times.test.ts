import { describe, expect, it } from 'vitest';
import { sessionTimes } from './session-times.js';

const NOW = 1_800_000_000_000;

describe('when a session stops using its ID token and renews it', () => {
  it('stops 30 s before a 5-minute token expires and renews it 60 s before', () => {
    expect(sessionTimes(NOW + 300_000, NOW)).toEqual({ expiresAt: NOW + 270_000, renewAt: NOW + 240_000 });
  });

  it('keeps the same shares of a short-lived token, so it is used and renewed before it expires', () => {
    expect(sessionTimes(NOW + 10_000, NOW)).toEqual({ expiresAt: NOW + 7_500, renewAt: NOW + 5_000 });
    const { expiresAt, renewAt } = sessionTimes(NOW + 1_000, NOW);
    expect(NOW < renewAt && renewAt < expiresAt && expiresAt < NOW + 1_000).toBe(true);
  });

  it('renews at once a token that has already expired by this clock', () => {
    expect(sessionTimes(NOW - 5_000, NOW)).toEqual({ expiresAt: NOW - 5_000, renewAt: NOW - 5_000 });
  });
});
