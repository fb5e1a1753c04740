/** Where a token stands: it works (active), ran out (expired), or an admin stopped it (revoked). */
export type TokenStatus = 'active' | 'expired' | 'revoked';

export function tokenStatus(token: { active: boolean; revokedAt?: string | null }): TokenStatus {
  if (token.revokedAt) return 'revoked';
  return token.active ? 'active' : 'expired';
}
