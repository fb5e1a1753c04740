import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { settled } from '../../apollo/settled.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { useTexts } from '../../i18n/language.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { ContractTermsFields } from './contract-terms-fields.js';
import { unplacedErrors } from './form-fields.js';
import { INITIAL_CONTRACT_VALUES, PLACED_FIELDS, toContractInput, type ContractValues, type UserError } from './new-contract-input.js';
import { NEW_CONTRACT_TEXTS } from './new-contract-texts.js';
import './contracts.css';

const NEW_CONTRACT_CHOICES = graphql(`
  query NewContractChoices($citizenId: ID!) {
    citizen(id: $citizenId) { id name }
    organizations { id name kind }
    lifeThemes { key name nameEn }
  }
`);

const CREATE_CONTRACT = graphql(`
  mutation CreateContract($input: CreateContractInput!) {
    createContract(input: $input) {
      contract { id }
      userErrors { code message field }
    }
  }
`);

/** The caseworker writes a draft contract for a citizen of their authority; goals are added on the contract page. */
export function NewContractPage() {
  const t = useTexts(NEW_CONTRACT_TEXTS);
  const c = useTexts(CONTRACT_TEXTS);
  const navigate = useNavigate();
  const citizenId = useSearchParams()[0].get('citizen') ?? '';
  const choices = useQuery(NEW_CONTRACT_CHOICES, { variables: { citizenId }, skip: !citizenId });
  const [values, setValues] = useState<ContractValues>(INITIAL_CONTRACT_VALUES);
  const [errors, setErrors] = useState<UserError[]>([]);
  const [create, { loading, error }] = useMutation(CREATE_CONTRACT);

  const citizen = choices.data?.citizen;
  if (!citizenId || (choices.data && !citizen)) {
    return (
      <>
        <PageTitle title={t.title} />
        <p>{t.noCitizen}</p>
        <Link to="/citizens">{c.citizen}</Link>
      </>
    );
  }
  if (choices.error) return <ErrorAlert error={choices.error} onRetry={() => void choices.refetch()} />;
  if (!choices.data || !citizen) return <Loading />;
  const providers = choices.data.organizations.filter((o) => o.kind === 'PROVIDER');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems } = toContractInput(citizen.id, values, t);
    setErrors(problems);
    if (!input) return;
    const result = await settled(create({ variables: { input } }));
    const payload = result.data?.createContract;
    setErrors(payload?.userErrors ?? []);
    if (payload?.contract) await navigate(`/contracts/${encodeURIComponent(payload.contract.id)}`, { state: { flash: t.created } });
  };

  return (
    <>
      <PageTitle title={t.title} />
      <p>
        <Link to={`/citizens/${encodeURIComponent(citizen.id)}`}>{t.backToCitizen}</Link>
      </p>
      <p className="page-lead">{t.forCitizen(citizen.name)}</p>
      <p>{t.intro}</p>
      <form className="new-contract-form form-narrow" onSubmit={(e) => void submit(e)} noValidate>
        {error && <ErrorAlert error={error} />}
        <UserErrors errors={unplacedErrors(errors, PLACED_FIELDS)} />
        <ContractTermsFields
          idPrefix="contract"
          values={values}
          onChange={setValues}
          errors={errors}
          lifeThemes={choices.data.lifeThemes}
          providers={providers}
          draft
          headingLevel={2}
          nextFollowUpHint={t.nextFollowUpHint}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading}>
            {t.submit}
          </button>
        </div>
      </form>
    </>
  );
}
