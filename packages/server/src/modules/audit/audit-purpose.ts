import { cleanText } from './audit-draft.js';

/*
 * The purpose of an access, recorded with every entry (Datatilsynet, June 2024: a citizen may see which searches
 * were made on their data, with dates and purpose). A client states it in the `X-Treklang-Purpose` header
 * (ASCII, or UTF-8 percent-encoded, e.g. `tilsyn%20med%20indsats`); without the header the role's default below.
 */

export const PURPOSE_HEADER = 'x-treklang-purpose';

export const DEFAULT_PURPOSES: Record<string, string> = {
  CASEWORKER: 'sagsbehandling',
  ADMIN: 'administration',
  PROVIDER_STAFF: 'levering af indsats',
  PROVIDER_MANAGER: 'levering af indsats',
  MANAGER: 'ledelsesinformation',
  INTEGRATOR: 'integration',
};

const FALLBACK = 'ukendt';
const MAX_PURPOSE = 200;

function decodeHeader(raw: string): string {
  if (/%[0-9A-Fa-f]{2}/.test(raw)) {
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }
  // Node reads header bytes as Latin-1: raw UTF-8 (e.g. "tilsyn på stedet") is recovered when it decodes cleanly.
  if (/[\u0080-\u00ff]/.test(raw)) {
    const utf8 = Buffer.from(raw, 'latin1').toString('utf8');
    if (!utf8.includes('\uFFFD')) return utf8;
  }
  return raw;
}

/** The stated purpose, else the role's default. */
export function purposeOf(header: string | string[] | undefined, role: string | null | undefined): string {
  const raw = Array.isArray(header) ? header[0] : header;
  const stated = raw ? cleanText(decodeHeader(raw), MAX_PURPOSE).trim() : '';
  if (stated) return stated;
  return (role && DEFAULT_PURPOSES[role]) || FALLBACK;
}
