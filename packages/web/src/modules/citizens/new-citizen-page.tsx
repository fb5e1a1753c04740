import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { settled } from '../../apollo/settled.js';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { useTexts } from '../../i18n/language.js';
import { fieldError, TextField, unplacedErrors } from '../contracts/form-fields.js';
import { CITIZENS_TEXTS } from './citizens-texts.js';
import './citizens.css';

const CREATE_CITIZEN = graphql(`
  mutation CreateCitizen($input: CreateCitizenInput!) {
    createCitizen(input: $input) {
      citizen { id name }
      userErrors { code message field }
    }
  }
`);

const FIELDS = ['name', 'cpr', 'address', 'phone', 'guardian', 'supportPerson'] as const;
type Field = (typeof FIELDS)[number];

/** The caseworker registers a citizen with their authority, then lands on the citizen's page. */
export function NewCitizenPage() {
  const t = useTexts(CITIZENS_TEXTS);
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<Field, string>>({ name: '', cpr: '', address: '', phone: '', guardian: '', supportPerson: '' });
  const [create, { data, loading, error }] = useMutation(CREATE_CITIZEN);
  const errors = data?.createCitizen.userErrors;
  const set = (field: Field) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const optional = (value: string) => (value.trim() ? value.trim() : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await settled(
      create({
        variables: {
          input: {
            name: values.name.trim(),
            cpr: values.cpr.trim(),
            address: optional(values.address),
            phone: optional(values.phone),
            guardian: optional(values.guardian),
            supportPerson: optional(values.supportPerson),
          },
        },
      }),
    );
    const citizen = result.data?.createCitizen.citizen;
    if (citizen) await navigate(`/citizens/${encodeURIComponent(citizen.id)}`, { state: { flash: t.created } });
  };

  return (
    <>
      <PageTitle title={t.newTitle} />
      <p>
        <Link to="/citizens">{t.backToList}</Link>
      </p>
      <p>{t.newIntro}</p>
      <form className="form-narrow" onSubmit={(e) => void submit(e)} noValidate>
        {error && <ErrorAlert error={error} />}
        <UserErrors errors={unplacedErrors(errors, FIELDS)} />
        <TextField id="citizen-name" label={t.name} value={values.name} onChange={set('name')} required autoComplete="off" maxLength={200} error={fieldError(errors, 'name')} />
        <TextField id="citizen-cpr" label={t.cpr} hint={t.cprHint} value={values.cpr} onChange={set('cpr')} required autoComplete="off" className="input-width-s" maxLength={11} error={fieldError(errors, 'cpr')} />
        <TextField id="citizen-address" label={t.address} optional value={values.address} onChange={set('address')} autoComplete="off" error={fieldError(errors, 'address')} />
        <TextField id="citizen-phone" label={t.phone} optional type="tel" value={values.phone} onChange={set('phone')} autoComplete="off" className="input-width-m" error={fieldError(errors, 'phone')} />
        <TextField id="citizen-guardian" label={t.guardian} optional value={values.guardian} onChange={set('guardian')} autoComplete="off" error={fieldError(errors, 'guardian')} />
        <TextField id="citizen-support" label={t.supportPerson} optional value={values.supportPerson} onChange={set('supportPerson')} autoComplete="off" error={fieldError(errors, 'supportPerson')} />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={loading}>
            {t.createSubmit}
          </button>
        </div>
      </form>
    </>
  );
}
