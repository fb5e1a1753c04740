import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/*
 * The client's address, for the audit log, the rate limit and the lockout. It is the socket's peer unless the server
 * runs behind reverse proxies it is told to trust (TREKLANG_TRUSTED_PROXIES: how many, e.g. 1 behind one load
 * balancer): then each trusted proxy appended the address it saw to X-Forwarded-For, and the client is the address
 * the outermost trusted proxy saw. Whatever a client wrote into that header itself lies further left and is never
 * taken, so with no trusted proxy the header is ignored.
 */

const ADDRESS = Symbol('treklang.clientAddress');

/** An IP address without an IPv4-mapped prefix, or null when the text is not one. */
function plainAddress(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  const address = trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
  return isIP(address) ? address : null;
}

export function clientAddressFrom(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string | null {
  if (!(trustedProxies > 0) || forwardedFor === undefined) return plainAddress(peer);
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
  const chain = [...forwarded, peer ?? ''];
  return plainAddress(chain[Math.max(0, chain.length - 1 - trustedProxies)]);
}

/** Works out the request's client address once, when it arrives (request-listener.ts). */
export function recordClientAddress(req: IncomingMessage, trustedProxies: number): void {
  (req as IncomingMessage & { [ADDRESS]?: string | null })[ADDRESS] = clientAddressFrom(req.socket?.remoteAddress, req.headers['x-forwarded-for'], trustedProxies);
}

/** The request's client address (the socket's when none was recorded), or null when unknown. */
export function clientAddressOf(req: IncomingMessage): string | null {
  const recorded = (req as IncomingMessage & { [ADDRESS]?: string | null })[ADDRESS];
  return recorded !== undefined ? recorded : plainAddress(req.socket?.remoteAddress);
}

/** TREKLANG_TRUSTED_PROXIES: how many reverse proxies in front of the server add X-Forwarded-For; 0 when unset. */
export function parseTrustedProxies(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 10) throw new Error(`TREKLANG_TRUSTED_PROXIES must be the number of reverse proxies in front of the server (0 to 10), not "${value}"`);
  return parsed;
}
