import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { inWords } from '../../apollo/failure-message.js';
import { graphql } from '../../generated/gql.js';

const START_FORM_RESPONSE = graphql(`
  mutation StartFormResponse($input: SaveFormResponseInput!) {
    saveFormResponse(input: $input) {
      formResponse { id version status }
      userErrors { code message field }
    }
  }
`);

/**
 * Starts a draft response to a template about a subject (citizen, contract or meeting ID) and opens it at /forms/<id>.
 * Rejects with the server's message when it refuses (e.g. unknown template, subject not visible), and in words when
 * the request fails (no connection).
 */
export function useStartForm(): (templateKey: string, subjectId: string) => Promise<void> {
  const [save] = useMutation(START_FORM_RESPONSE, { refetchQueries: ['FormResponsesOfSubject'] });
  const navigate = useNavigate();
  return useCallback(
    async (templateKey: string, subjectId: string) => {
      const { data } = await inWords(save({ variables: { input: { templateKey, subjectId, answers: {} } } }));
      const payload = data?.saveFormResponse;
      const errors = payload?.userErrors ?? [];
      if (errors.length > 0) throw new Error(errors.map((e) => e.message).join(' '));
      const id = payload?.formResponse?.id;
      if (!id) throw new Error('saveFormResponse returned no response');
      await navigate(`/forms/${encodeURIComponent(id)}`);
    },
    [save, navigate],
  );
}
