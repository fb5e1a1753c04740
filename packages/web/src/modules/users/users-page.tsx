import { useQuery } from '@apollo/client/react';
import { rolesForOrganization } from '@treklang/schema';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { DataTable, type Column } from '../../components/data-table.js';
import { isForbidden } from '../../components/forbidden.js';
import { PageTitle } from '../../components/page-title.js';
import { RefusedPage } from '../../components/refusal.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import type { Role, UserAccountsQuery } from '../../generated/graphql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { field } from '../../components/connection.js';
import { LoadMore } from '../../components/load-more.js';
import { useLoadMore } from '../../components/use-load-more.js';
import { SuccessMessage, useFlash } from '../contracts/success-message.js';
import { NewUserForm } from './new-user-form.js';
import { UserFilters, type UserFilterValues } from './user-filters.js';
import { UnlockButton } from './unlock-button.js';
import { USER_ACCOUNTS } from './users-queries.js';
import { USERS_TEXTS } from './users-texts.js';
import './users.css';

const PAGE_SIZE = 50;

type Account = UserAccountsQuery['userAccounts']['edges'][number]['node'];

/** The administrator's users: who is locked out (and unlocking them), a link to each one's log, and a new user. */
export function UsersPage() {
  const t = useTexts(USERS_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const role = params.get('role') ?? '';
  const lockedOnly = params.get('locked') === '1';
  const filter = { role: (role || null) as Role | null, locked: lockedOnly ? true : null };
  const list = useQuery(USER_ACCOUNTS, { variables: { first: PAGE_SIZE, filter } });
  const { data, loading, error, refetch } = list;
  const more = useLoadMore(list, field('userAccounts'));
  const [flash, showFlash] = useFlash();
  const [problem, setProblem] = useState<string | null>(null);
  // An unlock removes the button that was pressed, so its message takes the focus.
  const [flashTakesFocus, setFlashTakesFocus] = useState(false);

  const apply = (chosen: UserFilterValues) => setParams({ ...(chosen.role ? { role: chosen.role } : {}), ...(chosen.lockedOnly ? { locked: '1' } : {}) });
  const said = (result: { ok: boolean; message: string }) => {
    if (result.ok) {
      setProblem(null);
      setFlashTakesFocus(true);
      showFlash(result.message);
      void refetch();
    } else setProblem(result.message);
  };

  const columns: Column<Account>[] = [
    { key: 'name', header: t.name, value: (a) => a.user.name },
    { key: 'email', header: t.email, value: (a) => a.user.email },
    { key: 'role', header: t.role, value: (a) => common.roles[a.user.role] },
    {
      key: 'status',
      header: t.status,
      value: (a) => (a.lockedUntil ? t.lockedUntil(formatDateTime(a.lockedUntil, language)) : t.canLogIn),
      render: (a) => (a.lockedUntil ? <strong className="user-locked">{t.lockedUntil(formatDateTime(a.lockedUntil, language))}</strong> : t.canLogIn),
    },
    {
      key: 'actions',
      header: t.actions,
      value: () => '',
      inCsv: false,
      render: (a) => (
        <span className="cluster user-actions">
          {a.lockedUntil && <UnlockButton user={a.user} onDone={said} />}
          <Link to={`/audit-log?user=${encodeURIComponent(a.user.id)}`} aria-label={t.auditLogLabel(a.user.name)}>
            {t.auditLog}
          </Link>
        </span>
      ),
    },
  ];
  const rows = data?.userAccounts.edges.map((e) => e.node) ?? [];
  const roleOptions = rolesForOrganization(viewer.organization.kind);

  if (isForbidden(error)) return <RefusedPage title={t.title} heading={t.forbidden} text={t.forbiddenText} />;

  return (
    <>
      <PageTitle title={t.title} />
      <p>{t.intro}</p>
      <SuccessMessage message={flash} takeFocus={flashTakesFocus} />
      {problem && <ErrorAlert error={problem} />}
      <UserFilters key={params.toString()} initial={{ role, lockedOnly }} roleOptions={roleOptions} onApply={apply} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <DataTable caption={t.caption(lockedOnly)} columns={columns} rows={rows} rowKey={(a) => a.user.id} fileName="brugere.csv" />
          <LoadMore shown={rows.length} total={data.userAccounts.totalCount} hasMore={data.userAccounts.pageInfo.hasNextPage} {...more} />
        </>
      )}
      {!error && (
        <NewUserForm
          onCreated={(name) => {
            setProblem(null);
            setFlashTakesFocus(false);
            showFlash(t.created(name));
            void refetch();
          }}
        />
      )}
    </>
  );
}
