import { graphql } from '../../generated/gql.js';
import type { FormResponsePageQuery } from '../../generated/graphql.js';

export const FORM_RESPONSE_PAGE = graphql(`
  query FormResponsePage($id: ID!) {
    formResponse(id: $id) {
      id
      version
      status
      answers
      derived
      createdAt
      updatedAt
      submittedAt
      subjectType
      subjectId
      template { id key version title titleEn definition }
      subject {
        __typename
        ... on Citizen { id name cpr }
        ... on Contract { id citizen { id name cpr } goals { id title } }
        ... on FollowUpMeeting { id scheduledAt contract { id citizen { id name cpr } goals { id title } } }
      }
    }
  }
`);

export type LoadedFormResponse = NonNullable<FormResponsePageQuery['formResponse']>;

export const FORM_RESPONSE_LATEST = graphql(`
  query FormResponseLatest($id: ID!) {
    formResponse(id: $id) { id version status answers updatedAt }
  }
`);

export const SAVE_FORM_DRAFT = graphql(`
  mutation SaveFormDraft($input: SaveFormResponseInput!) {
    saveFormResponse(input: $input) {
      formResponse { id version status answers derived updatedAt }
      userErrors { code message field }
    }
  }
`);

export const SUBMIT_FORM_RESPONSE = graphql(`
  mutation SubmitFormResponse($input: SubmitFormResponseInput!) {
    submitFormResponse(input: $input) {
      formResponse { id version status answers derived updatedAt submittedAt }
      userErrors { code message field }
    }
  }
`);

export const FORM_PROVIDERS = graphql(`
  query FormProviders {
    organizations { id name kind }
  }
`);

/** Goal titles by ID, for the goal a status note entry is about. */
export function objectLabelsOf(response: LoadedFormResponse): Record<string, string> {
  const subject = response.subject;
  const goals = subject.__typename === 'Contract' ? subject.goals : subject.__typename === 'FollowUpMeeting' ? subject.contract.goals : [];
  return Object.fromEntries(goals.map((goal) => [goal.id, goal.title]));
}

/** The citizen the response is about, whatever its subject. */
export function citizenOf(response: LoadedFormResponse): { id: string; name: string; cpr: string } | null {
  const subject = response.subject;
  switch (subject.__typename) {
    case 'Citizen':
      return subject;
    case 'Contract':
      return subject.citizen ?? null;
    case 'FollowUpMeeting':
      return subject.contract.citizen ?? null;
    default:
      return null;
  }
}
