import { graphql } from '../../generated/gql.js';

/** The form responses about a meeting (checklist, status note drafts), to know which one to continue. */
export const MEETING_FORMS = graphql(`
  query MeetingForms($subjectId: ID!) {
    formResponses(subjectId: $subjectId, first: 100) {
      edges { node { id status template { id key } } }
    }
  }
`);
