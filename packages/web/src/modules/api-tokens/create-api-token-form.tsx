import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { CreateApiTokenMutation } from '../../generated/graphql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { useFocusOnMount } from '../contracts/focus.js';
import { fieldError, TextField, unplacedErrors } from '../contracts/form-fields.js';
import type { UserError } from '../contracts/form-values.js';
import { API_TOKEN_TEXTS } from './api-token-texts.js';
import { newTokenErrors, newTokenInput, type NewTokenValues } from './new-token-input.js';
import { ScopeCheckboxes } from './scope-checkboxes.js';
import { API_TOKEN_NAME_LENGTH, defaultExpiryDate, latestExpiryDate } from './token-expiry.js';

const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken { ...ApiTokenRow }
      userErrors { code message field }
    }
  }
`);

const FIELDS = ['name', 'scopes', 'expiresAt'] as const;
/** The element to focus for an error on each field. */
const FOCUS_IDS: Record<(typeof FIELDS)[number], string> = { name: 'token-name', scopes: 'token-scopes-0', expiresAt: 'token-expires' };

/** What the page shows once: the token's name and its secret. */
export interface CreatedToken {
  name: string;
  token: string;
}

interface StoredConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  edges: readonly unknown[];
}

/** The new token joins the list already loaded (at its end, the list being oldest first) and the total grows. */
function addToList(cache: ApolloCache, { data }: { data?: CreateApiTokenMutation | null }) {
  const created = data?.createApiToken.apiToken;
  if (!created) return;
  cache.modify<{ apiTokens: StoredConnection }>({
    fields: {
      apiTokens(existing, { toReference, isReference }) {
        if (isReference(existing)) return existing;
        const node = toReference({ __typename: 'ApiToken', id: created.id });
        // With more pages to load, it arrives with the last of them.
        const edges = existing.pageInfo.hasNextPage ? existing.edges : [...existing.edges, { __typename: 'ApiTokenEdge', node }];
        return { ...existing, totalCount: existing.totalCount + 1, edges };
      },
    },
  });
}

function focusFirstError(errors: readonly UserError[]) {
  const field = FIELDS.find((f) => errors.some((e) => e.field?.[0] === 'input' && e.field[1] === f));
  if (field) document.getElementById(FOCUS_IDS[field])?.focus();
}

/** Name, scopes and expiry of a new token; checked here for the obvious, then by the server. */
export function CreateApiTokenForm({ onCreated, onCancel }: { onCreated: (created: CreatedToken) => void; onCancel: () => void }) {
  const t = useTexts(API_TOKEN_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const { language } = useLanguage();
  const [values, setValues] = useState<NewTokenValues>(() => ({ name: '', scopes: [], expiresOn: defaultExpiryDate(new Date()) }));
  const [tried, setTried] = useState(false);
  const nameField = useFocusOnMount<HTMLInputElement>();
  const sending = useRef(false);
  const [create, { data, loading, error }] = useMutation(CREATE_API_TOKEN, { update: addToList });
  const now = new Date();
  const formatDay = (date: string) => formatDate(date, language);
  // After the first attempt the checks follow the typing, so a fixed field loses its error at once.
  const clientErrors = tried ? newTokenErrors(values, now, t, formatDay) : [];
  const errors: readonly UserError[] | undefined = clientErrors.length ? clientErrors : data?.createApiToken.userErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.current) return;
    setTried(true);
    const found = newTokenErrors(values, new Date(), t, formatDay);
    if (found.length) {
      focusFirstError(found);
      return;
    }
    sending.current = true;
    const result = await settled(create({ variables: { input: newTokenInput(values, new Date()) } }));
    sending.current = false;
    const payload = result.data?.createApiToken;
    if (payload?.token && payload.apiToken) onCreated({ name: payload.apiToken.name, token: payload.token });
    else if (payload) focusFirstError(payload.userErrors);
  };

  return (
    <form className="panel form-narrow api-token-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-token-heading">
      <h2 id="new-token-heading">{t.createHeading}</h2>
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={unplacedErrors(errors, FIELDS)} />
      <TextField
        id="token-name"
        label={t.name}
        hint={t.nameHint}
        value={values.name}
        onChange={(name) => setValues((v) => ({ ...v, name }))}
        required
        autoComplete="off"
        maxLength={API_TOKEN_NAME_LENGTH}
        error={fieldError(errors, 'name')}
        inputRef={nameField}
      />
      <ScopeCheckboxes id="token-scopes" value={values.scopes} onChange={(scopes) => setValues((v) => ({ ...v, scopes }))} error={fieldError(errors, 'scopes')} />
      <TextField
        id="token-expires"
        type="date"
        label={t.expires}
        hint={t.expiresHint(formatDay(latestExpiryDate(now)))}
        value={values.expiresOn}
        onChange={(expiresOn) => setValues((v) => ({ ...v, expiresOn }))}
        required
        className="input-width-m"
        error={fieldError(errors, 'expiresAt')}
      />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading} aria-busy={loading}>
          {loading ? t.submitting : t.submit}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={loading}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
