import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { isForbidden } from '../../components/forbidden.js';
import { field } from '../../components/connection.js';
import { LoadMore } from '../../components/load-more.js';
import { useLoadMore } from '../../components/use-load-more.js';
import { PageTitle } from '../../components/page-title.js';
import { RefusedPage } from '../../components/refusal.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import type { CitizensDueForErasureQuery } from '../../generated/graphql.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { ERASURE_CONTEXT } from '../citizens/citizen-erasure-queries.js';
import { CITIZENS_DUE_FOR_ERASURE, CITIZENS_DUE_FOR_ERASURE_COUNT, PAGE_SIZE } from './anonymisation-queries.js';
import { ANONYMISATION_TEXTS } from './anonymisation-texts.js';

type Due = CitizensDueForErasureQuery['citizensDueForErasure']['edges'][number]['node'];

/** The authority's citizens due for anonymisation, oldest first; the erasure itself is done on each citizen's page. */
export function AnonymisationPage() {
  const t = useTexts(ANONYMISATION_TEXTS);
  const { language } = useLanguage();
  const list = useQuery(CITIZENS_DUE_FOR_ERASURE, { variables: { first: PAGE_SIZE }, fetchPolicy: 'cache-and-network', context: ERASURE_CONTEXT });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, field('citizensDueForErasure'), { context: ERASURE_CONTEXT });
  const count = useQuery(CITIZENS_DUE_FOR_ERASURE_COUNT, { fetchPolicy: 'cache-and-network', context: ERASURE_CONTEXT });

  if (isForbidden(error)) return <RefusedPage title={t.title} heading={t.forbidden} text={t.forbiddenText} />;

  // Dates stay on one line in narrow columns.
  const date = (value: string) => formatDate(value, language).replaceAll(' ', '\u00a0');
  const columns: Column<Due>[] = [
    { key: 'citizen', header: t.citizen, value: (d) => d.citizen.name, render: (d) => <Link to={`/citizens/${encodeURIComponent(d.citizen.id)}`}>{d.citizen.name}</Link> },
    { key: 'lastActivityOn', header: t.lastActivityOn, value: (d) => d.lastActivityOn, render: (d) => date(d.lastActivityOn) },
    { key: 'erasableFrom', header: t.erasableFrom, value: (d) => d.erasableFrom, render: (d) => date(d.erasableFrom) },
  ];
  const rows = data?.citizensDueForErasure.edges.map((e) => e.node) ?? [];

  return (
    <>
      <PageTitle title={t.title} />
      <p>{t.intro}</p>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && rows.length === 0 && <p data-anonymisation-empty>{t.empty}</p>}
      {data && rows.length > 0 && (
        <>
          <DataTable caption={t.caption} columns={columns} rows={rows} rowKey={(d) => d.citizen.id} fileName="borgere-til-anonymisering.csv" />
          <LoadMore shown={rows.length} total={count.data?.citizensDueForErasure.totalCount ?? null} hasMore={data.citizensDueForErasure.pageInfo.hasNextPage} {...more} />
        </>
      )}
    </>
  );
}
