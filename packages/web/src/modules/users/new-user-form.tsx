import { useMutation } from '@apollo/client/react';
import { rolesForOrganization } from '@treklang/schema';
import { useRef, useState, type FormEvent } from 'react';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import type { Role } from '../../generated/graphql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { fieldError, SelectField, TextField, unplacedErrors } from '../contracts/form-fields.js';
import { checkNewUser, type NewUserValues } from './new-user-check.js';
import { CREATE_USER } from './users-queries.js';
import { USERS_TEXTS } from './users-texts.js';

const EMPTY: NewUserValues = { name: '', email: '', role: '' };
const FIELDS = ['name', 'email', 'role'] as const;

/** The admin adds a user to their own organisation; the form checks what it can before asking the server. */
export function NewUserForm({ onCreated }: { onCreated: (name: string) => void }) {
  const t = useTexts(USERS_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const viewer = useViewer();
  const [values, setValues] = useState(EMPTY);
  const [problems, setProblems] = useState<ReturnType<typeof checkNewUser>>({});
  const [create, { data, loading, error }] = useMutation(CREATE_USER);
  const nameRef = useRef<HTMLInputElement>(null);
  const serverErrors = data?.createUser.userErrors;
  const set = (field: keyof NewUserValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorOf = (field: keyof NewUserValues) => {
    const problem = problems[field];
    return problem ? t[problem] : fieldError(serverErrors, field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewUser(values, viewer.organization.kind);
    setProblems(found);
    const first = FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(`new-user-${first}`)?.focus();
      return;
    }
    const result = await settled(create({ variables: { input: { name: values.name.trim(), email: values.email.trim(), role: values.role as Role } } }));
    const user = result.data?.createUser.user;
    if (user) {
      setValues(EMPTY);
      onCreated(user.name);
      nameRef.current?.focus();
    }
  };

  const roles = rolesForOrganization(viewer.organization.kind).map((role) => ({ value: role, label: common.roles[role as Role] }));
  return (
    <form className="form-narrow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t.newUser}</h2>
      <p>{t.newUserIntro}</p>
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={unplacedErrors(serverErrors, FIELDS)} />
      <TextField id="new-user-name" inputRef={nameRef} label={t.name} value={values.name} onChange={set('name')} required autoComplete="off" maxLength={200} error={errorOf('name')} />
      <TextField id="new-user-email" label={t.email} value={values.email} onChange={set('email')} required autoComplete="off" maxLength={254} error={errorOf('email')} />
      <SelectField id="new-user-role" label={t.role} value={values.role} onChange={set('role')} options={roles} placeholder={t.chooseRole} required error={errorOf('role')} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading}>
          {t.create}
        </button>
      </div>
    </form>
  );
}
