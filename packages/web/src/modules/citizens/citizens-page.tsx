import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { CitizensSearchQuery } from '../../generated/graphql.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { isAuthorityCaseworker } from '../contracts/viewer-rights.js';
import { CITIZENS_TEXTS } from './citizens-texts.js';
import { CprText } from './cpr-text.js';
import { field } from '../../components/connection.js';
import { LoadMore } from '../../components/load-more.js';
import { useLoadMore } from '../../components/use-load-more.js';
import './citizens.css';

const PAGE_SIZE = 20;

const CITIZENS_SEARCH = graphql(`
  query CitizensSearch($search: String, $first: Int!, $after: String) {
    citizens(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name cpr cprMasked birthDate address } }
    }
  }
`);

type CitizenRow = CitizensSearchQuery['citizens']['edges'][number]['node'];

/** Search the citizens the viewer may see, by name or CPR number, a page at a time. */
export function CitizensPage() {
  const t = useTexts(CITIZENS_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);
  // Back and forward through searches show the search in the field too.
  useEffect(() => setTyped(search), [search]);
  const list = useQuery(CITIZENS_SEARCH, { variables: { search: search || null, first: PAGE_SIZE } });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, field('citizens'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  };

  const columns: Column<CitizenRow>[] = [
    { key: 'name', header: t.name, value: (c) => c.name, render: (c) => <Link to={`/citizens/${encodeURIComponent(c.id)}`}>{c.name}</Link> },
    { key: 'cpr', header: t.cpr, value: (c) => c.cpr, render: (c) => <CprText cpr={c.cpr} masked={c.cprMasked} /> },
    { key: 'birthDate', header: t.birthDate, value: (c) => c.birthDate, render: (c) => formatDate(c.birthDate, language) },
    { key: 'address', header: t.address, value: (c) => c.address ?? '' },
  ];
  const rows = data?.citizens.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageTitle title={t.title}>
        {isAuthorityCaseworker(viewer) && (
          <Link className="button button-primary" to="/citizens/new">
            {t.create}
          </Link>
        )}
      </PageTitle>
      <search className="citizen-search">
      <form onSubmit={submit}>
        <div className="form-group">
          <label className="form-label" htmlFor="citizen-search">
            {t.searchLabel}
          </label>
          <span className="form-hint" id="citizen-search-hint">
            {t.searchHint}
          </span>
          <div className="cluster">
            <input className="form-input" id="citizen-search" type="search" value={typed} aria-describedby="citizen-search-hint" onChange={(e) => setTyped(e.target.value)} />
            <button type="submit" className="button button-primary">
              {t.search}
            </button>
            {search && (
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => {
                  setTyped('');
                  setParams({});
                }}
              >
                {t.clearSearch}
              </button>
            )}
          </div>
        </div>
      </form>
      </search>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <DataTable caption={t.caption(search)} columns={columns} rows={rows} rowKey={(c) => c.id} fileName="borgere.csv" />
          <LoadMore shown={rows.length} total={data.citizens.totalCount} hasMore={data.citizens.pageInfo.hasNextPage} {...more} />
        </>
      )}
    </>
  );
}
