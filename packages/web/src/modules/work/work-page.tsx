import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { MyDeadlinesQuery } from '../../generated/graphql.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { WORK_TEXTS } from './work-texts.js';
import './work.css';

const MY_DEADLINES = graphql(`
  query MyDeadlines {
    deadlines(filter: { withinDays: 56 }) {
      kind
      dueDate
      overdue
      description
      contract { id citizen { id name } }
      meeting { id }
    }
  }
`);

type Deadline = MyDeadlinesQuery['deadlines'][number];

function linkOf(deadline: Deadline): string | null {
  if (deadline.meeting) return `/meetings/${encodeURIComponent(deadline.meeting.id)}`;
  if (deadline.contract) return `/contracts/${encodeURIComponent(deadline.contract.id)}`;
  return null;
}

/** "Mit arbejde": the viewer's overdue and upcoming deadlines, as tables that export to CSV. */
export function WorkPage() {
  const t = useTexts(WORK_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const isManager = viewer.role === 'MANAGER';
  const { data, loading, error, refetch } = useQuery(MY_DEADLINES, { skip: isManager });

  if (isManager) {
    return (
      <>
        <PageTitle title={t.title} />
        <p>{t.managerIntro}</p>
        <Link to="/progression">{t.managerLink}</Link>
      </>
    );
  }

  const columns: Column<Deadline>[] = [
    { key: 'due', header: t.due, value: (d) => d.dueDate, render: (d) => <><span className="work-due">{formatDate(d.dueDate, language)}</span>{d.overdue && <span className="badge badge-warning work-overdue">{t.overdue}</span>}</> },
    { key: 'kind', header: t.kind, value: (d) => t.kinds[d.kind] },
    {
      key: 'what',
      header: t.what,
      value: (d) => d.description,
      render: (d) => {
        const to = linkOf(d);
        return to ? <Link to={to}>{d.description}</Link> : d.description;
      },
    },
    { key: 'citizen', header: t.citizen, value: (d) => d.contract?.citizen?.name ?? '' },
  ];
  const deadlines = data?.deadlines ?? [];
  const overdue = deadlines.filter((d) => d.overdue);
  const upcoming = deadlines.filter((d) => !d.overdue);
  const rowKey = (d: Deadline) => `${d.kind}:${d.dueDate}:${d.meeting?.id ?? ''}:${d.contract?.id ?? ''}:${d.description}`;

  return (
    <>
      <PageTitle title={t.title} />
      <p>{t.intro}</p>
      {loading && !data && <Loading />}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <h2>{t.overdueTitle} ({overdue.length})</h2>
          <DataTable caption={t.overdueTitle} columns={columns} rows={overdue} rowKey={rowKey} fileName="frister-overskredne" />
          <h2>{t.upcomingTitle} ({upcoming.length})</h2>
          <DataTable caption={t.upcomingTitle} columns={columns} rows={upcoming} rowKey={rowKey} fileName="frister-kommende" />
        </>
      )}
    </>
  );
}
