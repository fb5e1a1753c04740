import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ErrorAlert } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { isAuthorityCaseworker, isProviderStaff } from '../contracts/viewer-rights.js';
import { FormResponsesList } from '../forms/form-responses-list.js';
import { useStartForm } from '../forms/use-start-form.js';
import { CITIZEN_TEXTS } from './citizen-texts.js';

const CITIZEN_FORM_TEMPLATES = graphql(`
  query CitizenFormTemplates {
    formTemplates { id key title titleEn subjectType }
  }
`);

/** The order a caseworker meets the forms in: screening, assessment, consent, then the rest (others after these). */
const FORM_ORDER = ['complexity-checklist', 'vum-life-themes', 'consent', 'citizen-experience', 'goals-and-agreements', 'meeting-invitation', 'single-case-economy'];
const rank = (key: string) => (FORM_ORDER.includes(key) ? FORM_ORDER.indexOf(key) : FORM_ORDER.length);

/** Citizen forms the provider fills in as well; every other citizen form is the authority's. */
const PROVIDER_CITIZEN_FORMS = new Set(['vum-life-themes']);

/** Forms about the citizen: start a new one (complexity screening, VUM life themes, consent, ...) and see those filled. */
export function CitizenForms({ citizenId }: { citizenId: string }) {
  const t = useTexts(CITIZEN_TEXTS);
  const { language } = useLanguage();
  const viewer = useViewer();
  const startForm = useStartForm();
  const [starting, setStarting] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { data, error } = useQuery(CITIZEN_FORM_TEMPLATES);
  const mayStart = (key: string) => isAuthorityCaseworker(viewer) || (isProviderStaff(viewer) && PROVIDER_CITIZEN_FORMS.has(key));
  const templates = (data?.formTemplates ?? []).filter((template) => template.subjectType === 'CITIZEN' && mayStart(template.key)).sort((a, b) => rank(a.key) - rank(b.key));

  const start = async (key: string) => {
    setStarting(key);
    setFailure(null);
    try {
      await startForm(key, citizenId);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setStarting(null);
    }
  };

  return (
    <section aria-labelledby="forms-heading" className="citizen-section">
      <h2 id="forms-heading">{t.formsHeading}</h2>
      {error && <ErrorAlert error={error} />}
      {failure && <ErrorAlert error={failure} />}
      {templates.length > 0 && (
        <>
          <h3>{t.startFormHeading}</h3>
          <p>{t.formsIntro}</p>
          <ul className="form-start-list nobullet-list">
            {templates.map((template) => {
              const title = language === 'da' ? template.title : template.titleEn;
              return (
                <li key={template.id}>
                  <button type="button" className="button button-secondary" data-template-key={template.key} disabled={starting !== null} aria-busy={starting === template.key} onClick={() => void start(template.key)}>
                    {t.startForm(title)}
                  </button>
                </li>
              );
            })}
          </ul>
          <p className="sr-only" aria-live="polite">
            {starting ? t.starting : ''}
          </p>
        </>
      )}
      <h3>{t.filledFormsHeading}</h3>
      <FormResponsesList subjectId={citizenId} />
    </section>
  );
}
