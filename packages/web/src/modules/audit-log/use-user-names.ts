import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { UserNames } from './audit-log-format.js';
import { AUDIT_LOG_USERS } from './audit-log-queries.js';

const MAX_IDS = 100;

/**
 * The names of the users behind the entries shown, fetched a hundred at a time as new IDs appear (load more, another
 * filter). Users outside the viewer's organisation come back null: the API shows them only by role.
 */
export function useUserNames(ids: readonly string[]): UserNames {
  const client = useApolloClient();
  const [names, setNames] = useState<Map<string, { name: string } | null>>(() => new Map());
  const asked = useRef(new Set<string>());
  const key = [...new Set(ids)].sort().join(' ');

  useEffect(() => {
    const missing = key ? key.split(' ').filter((id) => !asked.current.has(id)) : [];
    if (missing.length === 0) return;
    for (const id of missing) asked.current.add(id);
    for (let i = 0; i < missing.length; i += MAX_IDS) {
      const chunk = missing.slice(i, i + MAX_IDS);
      client
        .query({ query: AUDIT_LOG_USERS, variables: { ids: chunk } })
        .then(({ data }) => {
          setNames((previous) => {
            const next = new Map(previous);
            chunk.forEach((id, index) => {
              const node = data?.nodes[index];
              next.set(id, node && 'name' in node ? { name: node.name } : null);
            });
            return next;
          });
        })
        .catch(() => {
          // Without names the entries still show the user's role and ID; ask again on the next change.
          for (const id of chunk) asked.current.delete(id);
        });
    }
  }, [client, key]);

  return names;
}
