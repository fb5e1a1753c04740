import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import { formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { FORMS_TEXTS } from './forms-texts.js';

const FORM_RESPONSES_OF_SUBJECT = graphql(`
  query FormResponsesOfSubject($subjectId: ID!, $first: Int!) {
    formResponses(subjectId: $subjectId, first: $first) {
      totalCount
      edges {
        node {
          id
          status
          updatedAt
          submittedAt
          template { id key title titleEn version }
        }
      }
    }
  }
`);

/** The form responses about a citizen, contract or meeting, newest first, each with a link to fill or print it. */
export function FormResponsesList({ subjectId }: { subjectId: string }) {
  const t = useTexts(FORMS_TEXTS);
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(FORM_RESPONSES_OF_SUBJECT, { variables: { subjectId, first: 100 } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const responses = [...(data?.formResponses.edges ?? [])].map((edge) => edge.node).reverse();
  if (responses.length === 0) return <p className="form-responses-empty">{t.noResponses}</p>;
  return (
    <ul className="form-responses-list nobullet-list">
      {responses.map((response) => {
        const title = language === 'da' ? response.template.title : response.template.titleEn;
        const when = formatDateTime(response.submittedAt ?? response.updatedAt, language);
        return (
          <li key={response.id} data-response-id={response.id}>
            <Link to={`/forms/${encodeURIComponent(response.id)}`}>{title}</Link>{' '}
            <span className="badge">{t.status[response.status]}</span> <span className="form-hint">{t.changedAt(when)}</span>{' '}
            <Link to={`/forms/${encodeURIComponent(response.id)}/print`} aria-label={t.printLinkLabel(title)}>
              {t.printLink}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
