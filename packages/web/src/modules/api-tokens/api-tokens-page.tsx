import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { PageTitle } from '../../components/page-title.js';
import { RefusedPage } from '../../components/refusal.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { useTexts } from '../../i18n/language.js';
import { field } from '../../components/connection.js';
import { LoadMore } from '../../components/load-more.js';
import { useLoadMore } from '../../components/use-load-more.js';
import { useFocusReturn } from '../contracts/focus.js';
import { SuccessMessage, useFlash } from '../contracts/success-message.js';
import { API_TOKENS, PAGE_SIZE } from './api-tokens-query.js';
import { ApiTokensTable } from './api-tokens-table.js';
import { API_TOKEN_TEXTS } from './api-token-texts.js';
import { CreateApiTokenForm, type CreatedToken } from './create-api-token-form.js';
import { isForbidden } from '../../components/forbidden.js';
import { NewTokenSecret } from './new-token-secret.js';
import '../contracts/case-pages.css';
import './api-tokens.css';

/** The administrator's API tokens for integrations: the list, a new token (its secret shown once) and revoking. */
export function ApiTokensPage() {
  const t = useTexts(API_TOKEN_TEXTS);
  const list = useQuery(API_TOKENS, { variables: { first: PAGE_SIZE } });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, field('apiTokens'));
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<(CreatedToken & { stamp: number }) | null>(null);
  const [createButton, returnToCreate] = useFocusReturn<HTMLButtonElement>();
  const [flash, showFlash, clearFlash] = useFlash();

  if (isForbidden(error)) return <RefusedPage title={t.title} heading={t.forbiddenHeading} text={t.forbidden} />;

  const tokens = data?.apiTokens.edges.map((e) => e.node) ?? [];
  return (
    <>
      <PageTitle title={t.title}>
        {data && !formOpen && (
          <button type="button" className="button button-primary" ref={createButton} onClick={() => setFormOpen(true)}>
            {t.create}
          </button>
        )}
      </PageTitle>
      <p className="page-lead-narrow">{t.intro}</p>
      {/* Always in the page, so screen readers announce the secret when it appears (it also takes the focus). */}
      <div aria-live="polite">{created && <NewTokenSecret key={created.stamp} created={created} onDismiss={() => { setCreated(null); returnToCreate(); }} />}</div>
      {formOpen && (
        <CreateApiTokenForm
          onCreated={(token) => {
            clearFlash();
            setFormOpen(false);
            setCreated({ ...token, stamp: Date.now() });
          }}
          onCancel={() => {
            setFormOpen(false);
            returnToCreate();
          }}
        />
      )}
      <SuccessMessage message={flash} takeFocus />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && tokens.length === 0 && <p className="api-tokens-empty">{t.empty}</p>}
      {data && tokens.length > 0 && (
        <>
          <ApiTokensTable
            tokens={tokens}
            onRevoked={(name) => showFlash(t.revoked(name))}
            onStale={() => void refetch()}
          />
          <LoadMore shown={tokens.length} total={data.apiTokens.totalCount} hasMore={data.apiTokens.pageInfo.hasNextPage} {...more} />
        </>
      )}
    </>
  );
}
