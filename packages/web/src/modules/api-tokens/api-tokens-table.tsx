import { ScrollBox } from '../../components/scroll-box.js';
import { formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import type { ApiTokenRow } from './api-tokens-query.js';
import { API_TOKEN_TEXTS } from './api-token-texts.js';
import { RevokeApiToken } from './revoke-api-token.js';
import { sortScopes } from './scope-order.js';
import { tokenStatus } from './token-status.js';

const BADGE = { active: 'badge badge-success', expired: 'badge badge-warning', revoked: 'badge' } as const;

/** The organisation's tokens: what each may do, who made it and when, and where it stands; active ones can be revoked. */
export function ApiTokensTable({ tokens, onRevoked, onStale }: { tokens: readonly ApiTokenRow[]; onRevoked: (name: string) => void; onStale: () => void }) {
  const t = useTexts(API_TOKEN_TEXTS);
  const { language } = useLanguage();
  const when = (instant: string | null | undefined) => formatDateTime(instant, language);
  return (
    <ScrollBox label={t.caption}>
      <table className="table table--compact api-tokens-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.scopes}</th>
            <th scope="col">{t.created}</th>
            <th scope="col">{t.expires}</th>
            <th scope="col">{t.lastUsed}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">
              <span className="sr-only">{t.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token);
            return (
              <tr key={token.id} data-token-id={token.id} data-status={status}>
                <th scope="row" className="api-token-name">
                  {token.name}
                </th>
                <td>
                  <ul className="nobullet-list api-token-scopes">
                    {sortScopes(token.scopes).map((scope) => (
                      <li key={scope}>{t.scopeTexts[scope].label}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  {when(token.createdAt)}
                  <span className="api-token-detail">{t.byWho(token.createdBy?.name ?? t.unknownUser)}</span>
                </td>
                <td>{when(token.expiresAt)}</td>
                <td className="api-token-last-used">{token.lastUsedAt ? when(token.lastUsedAt) : t.never}</td>
                <td className="api-token-status">
                  <span className={BADGE[status]}>{t.statusNames[status]}</span>
                  {status === 'revoked' && (
                    <>
                      <span className="api-token-detail">{when(token.revokedAt)}</span>
                      <span className="api-token-detail">{t.byWho(token.revokedBy?.name ?? t.unknownUser)}</span>
                    </>
                  )}
                </td>
                <td className="api-token-actions">
                  <RevokeApiToken token={token} onRevoked={onRevoked} onStale={onStale} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
