import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { settled } from '../../apollo/settled.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { fieldError, TextAreaField, unplacedErrors } from '../contracts/form-fields.js';
import type { UserError } from '../contracts/form-values.js';
import { isStaffOf } from '../contracts/viewer-rights.js';
import { CHANGE_NOTICE_TEXTS } from './change-notice-texts.js';
import './change-notices.css';

const REPORT_CHANGE_CONTRACT = graphql(`
  query ReportChangeContract($id: ID!) {
    contract(id: $id) { id status provider { id name } citizen { id name } }
  }
`);

const REPORT_CHANGE = graphql(`
  mutation ReportChange($input: ReportChangeInput!) {
    reportChange(input: $input) {
      changeNotice { id createdAt }
      userErrors { code message field }
    }
  }
`);

/** Provider staff tell the authority about a change that affects the agreed effort. */
export function ReportChangePage() {
  const t = useTexts(CHANGE_NOTICE_TEXTS);
  const viewer = useViewer();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(REPORT_CHANGE_CONTRACT, { variables: { id } });
  const [report, mutation] = useMutation(REPORT_CHANGE, {
    // The contract's list of notices in the cache is stale now: the next page that shows it asks the server.
    update: (cache, { data: result }) => {
      if (result?.reportChange.changeNotice) cache.evict({ id: cache.identify({ __typename: 'Contract', id }), fieldName: 'changeNotices' });
    },
  });
  const [description, setDescription] = useState('');
  const [consequences, setConsequences] = useState('');
  const [documentation, setDocumentation] = useState('');
  const [localErrors, setLocalErrors] = useState<UserError[]>([]);

  const edit = (setter: (value: string) => void) => (value: string) => {
    setter(value);
    setLocalErrors([]);
  };

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const contract = data?.contract;
  if (!contract) return <PageTitle title={t.contractNotFound} />;
  const contractPath = `/contracts/${encodeURIComponent(contract.id)}`;
  const allowed = isStaffOf(viewer, contract) && contract.status === 'ACTIVE';
  const errors = [...localErrors, ...(mutation.data?.reportChange.userErrors ?? [])];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: UserError[] = [];
    if (!description.trim()) problems.push({ code: 'REQUIRED', message: t.required, field: ['input', 'description'] });
    if (!consequences.trim()) problems.push({ code: 'REQUIRED', message: t.required, field: ['input', 'consequences'] });
    setLocalErrors(problems);
    if (problems.length > 0) {
      document.getElementById(`change-${problems[0]!.field![1]}`)?.focus();
      return;
    }
    const input = { contractId: contract.id, description: description.trim(), consequences: consequences.trim(), documentation: documentation.trim() || null };
    const result = await settled(report({ variables: { input } }));
    if (result.data?.reportChange.changeNotice) await navigate(`${contractPath}/change-notices`, { state: { flash: t.reported } });
  };

  return (
    <>
      <PageTitle title={t.reportTitle} />
      <p className="page-lead">
        {contract.citizen ? `${contract.citizen.name} · ` : ''}
        {contract.provider.name}
      </p>
      <p>
        <Link to={contractPath}>{t.backToContract}</Link>
      </p>
      {!allowed ? (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">{contract.status === 'ACTIVE' ? t.onlyProvider : t.onlyActive}</p>
          </div>
        </div>
      ) : (
        <form className="form-narrow" onSubmit={(e) => void submit(e)} noValidate>
          <p>{t.intro}</p>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <UserErrors errors={unplacedErrors(errors, ['description', 'consequences', 'documentation'])} />
          <TextAreaField id="change-description" label={t.description} hint={t.descriptionHint} value={description} onChange={edit(setDescription)} rows={5} required error={fieldError(errors, 'description')} />
          <TextAreaField id="change-consequences" label={t.consequences} hint={t.consequencesHint} value={consequences} onChange={edit(setConsequences)} rows={4} required error={fieldError(errors, 'consequences')} />
          <TextAreaField id="change-documentation" label={t.documentation} hint={t.documentationHint} optional value={documentation} onChange={setDocumentation} rows={3} error={fieldError(errors, 'documentation')} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={mutation.loading}>
              {t.send}
            </button>
            <Link className="button button-secondary" to={contractPath}>
              {t.cancel}
            </Link>
          </div>
        </form>
      )}
    </>
  );
}
