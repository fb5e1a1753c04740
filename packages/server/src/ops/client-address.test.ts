import { describe, expect, it } from 'vitest';
import { clientAddressFrom, parseTrustedProxies } from './client-address.js';

describe('clientAddressFrom', () => {
  it('takes the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom('10.0.0.5', '203.0.113.9', 0)).toBe('10.0.0.5');
    expect(clientAddressFrom('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
  });

  it('takes the address the outermost trusted proxy saw, never one the client wrote itself', () => {
    // The client sent "X-Forwarded-For: 1.1.1.1"; the load balancer appended the client's real address.
    expect(clientAddressFrom('10.0.0.2', '1.1.1.1, 203.0.113.9', 1)).toBe('203.0.113.9');
    // Two proxies: the outer one saw the client, the inner one saw the outer proxy.
    expect(clientAddressFrom('10.0.0.2', '1.1.1.1, 203.0.113.9, 10.0.0.1', 2)).toBe('203.0.113.9');
    expect(clientAddressFrom('10.0.0.2', ['1.1.1.1', '203.0.113.9'], 1)).toBe('203.0.113.9');
  });

  it('takes the furthest address when there are fewer hops than trusted proxies', () => {
    expect(clientAddressFrom('10.0.0.2', '203.0.113.9', 3)).toBe('203.0.113.9');
  });

  it('drops the IPv4-mapped prefix and refuses what is not an address', () => {
    expect(clientAddressFrom('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1');
    expect(clientAddressFrom('::1', undefined, 0)).toBe('::1');
    expect(clientAddressFrom('10.0.0.2', 'not-an-address', 1)).toBeNull();
    expect(clientAddressFrom(undefined, undefined, 0)).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  it('reads a small whole number and refuses anything else', () => {
    expect(parseTrustedProxies(undefined)).toBe(0);
    expect(parseTrustedProxies(' ')).toBe(0);
    expect(parseTrustedProxies('1')).toBe(1);
    expect(() => parseTrustedProxies('yes')).toThrow(/TREKLANG_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('-1')).toThrow(/TREKLANG_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies('11')).toThrow(/TREKLANG_TRUSTED_PROXIES/);
  });
});
