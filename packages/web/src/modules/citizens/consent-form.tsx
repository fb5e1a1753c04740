import { useMutation, useQuery } from '@apollo/client/react';
import { danishToday } from '@treklang/schema';
import { useState, type FormEvent } from 'react';
import { refetchAfterSave } from '../../apollo/refetch-after-save.js';
import { settled } from '../../apollo/settled.js';
import { ErrorAlert, UserErrors } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { ConsentCategory } from '../../generated/graphql.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useFocusOnMount } from '../contracts/focus.js';
import { CheckboxGroup, fieldError, linesOf, TextAreaField, TextField, unplacedErrors } from '../contracts/form-fields.js';
import { CONSENT_PARTY_OPTIONS, CONSENT_SCOPE_OPTIONS, CONSENT_TEXTS } from './consent-texts.js';

const GRANT_CONSENT = graphql(`
  mutation GrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      consent { id active givenAt revokedAt parties scope excluded categories organizations { id name } }
      userErrors { code message field }
    }
  }
`);

const CONSENT_PROVIDERS = graphql(`
  query ConsentProviders {
    organizations { id name kind }
  }
`);

const CATEGORIES: ConsentCategory[] = ['IDENTITY', 'GOALS', 'PROGRESS', 'FORMS'];

/** Records the citizen's consent: the parties, what may and what may not be exchanged, and when it was given. */
export function ConsentForm({ citizenId, providerIds, onDone, onCancel }: { citizenId: string; providerIds: readonly string[]; onDone: (message: string) => void; onCancel: () => void }) {
  const t = useTexts(CONSENT_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { language } = useLanguage();
  const [parties, setParties] = useState<string[]>([]);
  const [otherParties, setOtherParties] = useState('');
  const [scope, setScope] = useState<string[]>([]);
  const [otherScope, setOtherScope] = useState('');
  const [excluded, setExcluded] = useState('');
  const [givenOn, setGivenOn] = useState('');
  // The providers of the citizen's open contracts are named by default, with every kind of information.
  const [organizationIds, setOrganizationIds] = useState<string[]>([...providerIds]);
  const [categories, setCategories] = useState<string[]>(CATEGORIES);
  const providers = (useQuery(CONSENT_PROVIDERS).data?.organizations ?? []).filter((o) => o.kind === 'PROVIDER');
  const [grant, { data, loading, error }] = useMutation(GRANT_CONSENT, refetchAfterSave(['CitizenPage']));
  const errors = data?.grantConsent.userErrors;
  const option = (o: { value: string; en: string }) => ({ value: o.value, label: language === 'da' ? o.value : o.en });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const givenAt = givenOn && givenOn !== danishToday() ? `${givenOn}T12:00:00Z` : null;
    const result = await settled(
      grant({
        variables: {
          input: {
            citizenId,
            parties: [...parties, ...linesOf(otherParties)],
            scope: [...scope, ...linesOf(otherScope)],
            excluded: linesOf(excluded),
            givenAt,
            organizationIds,
            categories: categories as ConsentCategory[],
          },
        },
      }),
    );
    if (result.data?.grantConsent.consent) onDone(t.recorded);
  };

  return (
    <form className="consent-form form-narrow" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="consent-form-heading">
      <h3 id="consent-form-heading" tabIndex={-1} ref={heading}>{t.formHeading}</h3>
      {error && <ErrorAlert error={error} />}
      <UserErrors errors={unplacedErrors(errors, ['parties', 'scope', 'excluded', 'givenAt', 'organizationIds', 'categories'])} />
      <CheckboxGroup id="consent-parties" legend={t.partiesLegend} options={CONSENT_PARTY_OPTIONS.map(option)} value={parties} onChange={setParties} error={fieldError(errors, 'parties')} columns />
      <TextAreaField id="consent-other-parties" label={t.otherParties} optional hint={t.lineHint} value={otherParties} onChange={setOtherParties} rows={2} />
      <CheckboxGroup id="consent-scope" legend={t.scopeLegend} options={CONSENT_SCOPE_OPTIONS.map(option)} value={scope} onChange={setScope} error={fieldError(errors, 'scope')} columns />
      <TextAreaField id="consent-other-scope" label={t.otherScope} optional hint={t.lineHint} value={otherScope} onChange={setOtherScope} rows={2} />
      <TextAreaField id="consent-excluded" label={t.excludedLabel} optional hint={t.lineHint} value={excluded} onChange={setExcluded} rows={3} error={fieldError(errors, 'excluded')} />
      <CheckboxGroup id="consent-organizations" legend={t.organizationsLegend} hint={t.organizationsHint} options={providers.map((o) => ({ value: o.id, label: o.name }))} value={organizationIds} onChange={setOrganizationIds} error={fieldError(errors, 'organizationIds')} columns />
      <CheckboxGroup id="consent-categories" legend={t.categoriesLegend} hint={t.categoriesHint} options={CATEGORIES.map((c) => ({ value: c, label: t.categoryNames[c] }))} value={categories} onChange={setCategories} error={fieldError(errors, 'categories')} />
      <TextField id="consent-given-on" type="date" label={t.givenAtLabel} optional hint={t.givenAtHint} value={givenOn} onChange={setGivenOn} className="input-width-m" error={fieldError(errors, 'givenAt')} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={loading}>
          {t.submit}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}
