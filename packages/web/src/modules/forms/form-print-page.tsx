import { useQuery } from '@apollo/client/react';
import { computeDerived, indexDefinition, type FormDefinition } from '@treklang/schema';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { asAnswers } from '../../forms/answer-path.js';
import { formatIsoDate, localized } from '../../forms/format-answer.js';
import { RENDERER_TEXTS } from '../../forms/renderer-texts.js';
import { formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { citizenOf, FORM_RESPONSE_PAGE, objectLabelsOf, type LoadedFormResponse } from './form-queries.js';
import { FORMS_TEXTS } from './forms-texts.js';
import { PrintSection } from './print-items.js';
import './forms-pages.css';

/** The derived values as part of the document (the same computeDerived as the form and the server). */
function PrintDerived({ definition, answers }: { definition: FormDefinition; answers: unknown }) {
  const { language } = useLanguage();
  const t = useTexts(RENDERER_TEXTS);
  const derived = computeDerived(definition, answers);
  const recommendation = derived.complexityRecommendation;
  const dates = derived.followUpDates;
  const goals = derived.goalSmartness;
  if (!recommendation && !dates && !goals?.length) return null;
  return (
    <section className="print-section" aria-labelledby="print-derived">
      <h2 id="print-derived">{t.derivedHeading}</h2>
      {recommendation && (
        <>
          <p>
            <strong>{recommendation.offerCollaborationMeetings ? t.offerYes : t.offerNo}</strong>
          </p>
          <ul>
            {recommendation.reasons.map((reason) => (
              <li key={reason.da}>{localized(reason, language)}</li>
            ))}
          </ul>
        </>
      )}
      {goals && goals.length > 0 && (
        <ul>
          {goals.map((goal, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one line per goal, in order
            <li key={i}>
              {i + 1}. {goal.complete ? t.smartComplete : t.smartMissing(goal.missing.map((part) => t.smartParts[part]).join(', '))}
            </li>
          ))}
        </ul>
      )}
      {dates && Object.values(dates).some(Boolean) && (
        <dl className="print-answers">
          {(Object.keys(t.followUp) as (keyof typeof t.followUp)[])
            .filter((key) => dates[key])
            .map((key) => (
              <div key={key} className="print-item">
                <dt>{t.followUp[key]}</dt>
                <dd className="print-answer">{formatIsoDate(dates[key]!, language)}</dd>
              </div>
            ))}
        </dl>
      )}
    </section>
  );
}

function PrintDocument({ response }: { response: LoadedFormResponse }) {
  const t = useTexts(FORMS_TEXTS);
  const common = useTexts(RENDERER_TEXTS);
  const { language } = useLanguage();
  const definition = response.template.definition as FormDefinition;
  const answers = asAnswers(response.answers);
  const citizen = citizenOf(response);
  const title = language === 'da' ? response.template.title : response.template.titleEn;
  const context = { definition, answers, language, noAnswer: common.noAnswer, subject: { citizenName: citizen?.name, citizenCpr: citizen?.cpr, objectLabels: objectLabelsOf(response) } };
  return (
    <article className="form-print">
      <PageTitle title={title}>
        <div className="cluster no-print">
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t.print}
          </button>
          <Link to={`/forms/${encodeURIComponent(response.id)}`}>{t.backToForm}</Link>
        </div>
      </PageTitle>
      <dl className="form-meta print-meta">
        {citizen && (
          <div>
            <dt>{t.about}</dt>
            <dd>
              {citizen.name} ({citizen.cpr})
            </dd>
          </div>
        )}
        <div>
          <dt>{t.statusLabel}</dt>
          <dd>{t.status[response.status]}</dd>
        </div>
        <div>
          <dt>{response.submittedAt ? t.submittedAt : t.lastChanged}</dt>
          <dd>{formatDateTime(response.submittedAt ?? response.updatedAt, language)}</dd>
        </div>
        <div>
          <dt>{t.source}</dt>
          <dd>{definition.source}</dd>
        </div>
      </dl>
      {indexDefinition(definition).sections.map((section) => (
        <PrintSection key={section.section.id} section={section} context={context} />
      ))}
      <PrintDerived definition={definition} answers={answers} />
      <p className="print-only print-footer">{t.printedAt(formatDateTime(new Date().toISOString(), language))}</p>
    </article>
  );
}

/** /forms/:id/print — any response as a clean document; the browser's "Save as PDF" makes a letter of it. */
export function FormPrintPage() {
  const { id = '' } = useParams();
  const t = useTexts(FORMS_TEXTS);
  const { data, loading, error, refetch } = useQuery(FORM_RESPONSE_PAGE, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.formResponse) return <PageTitle title={t.notFound} />;
  return <PrintDocument response={data.formResponse} />;
}
