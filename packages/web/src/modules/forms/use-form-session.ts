import { useApolloClient } from '@apollo/client/react';
import { danishToday, type Answers, type FormDefinition, type FormRole } from '@treklang/schema';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { inWords } from '../../apollo/failure-message.js';
import { asAnswers } from '../../forms/answer-path.js';
import { FormSession, type FormSessionView, type SubmitReply } from '../../forms/form-session.js';
import { browserStorage, LocalDraftStore } from '../../forms/local-draft-store.js';
import { trackOpenForm } from '../../forms/open-forms.js';
import { FORM_RESPONSE_LATEST, SAVE_FORM_DRAFT, SUBMIT_FORM_RESPONSE, type LoadedFormResponse } from './form-queries.js';

/**
 * The FormSession of a loaded response, wired to the API; created once per response. A failed request rejects with
 * its message in words (inWords), which the autosave status and the submit panel show.
 */
export function useFormSession(response: LoadedFormResponse, userId: string, role: FormRole | null): { session: FormSession; view: FormSessionView } {
  const client = useApolloClient();
  const [session] = useState(() => {
    const id = response.id;
    return new FormSession({
      definition: response.template.definition as FormDefinition,
      responseId: id,
      role: response.status === 'DRAFT' ? role : null,
      today: danishToday(),
      server: { version: response.version, answers: asAnswers(response.answers) },
      drafts: new LocalDraftStore(browserStorage(), userId),
      async save(answers: Answers, expectedVersion: number) {
        const { data } = await inWords(client.mutate({ mutation: SAVE_FORM_DRAFT, variables: { input: { id, expectedVersion, answers } } }));
        const payload = data?.saveFormResponse;
        if (!payload) throw new Error('saveFormResponse gave no answer');
        if (payload.userErrors.length > 0 || !payload.formResponse) return { kind: 'errors', errors: payload.userErrors };
        return { kind: 'saved', version: payload.formResponse.version, answers: asAnswers(payload.formResponse.answers) };
      },
      async fetchLatest() {
        const { data } = await inWords(client.query({ query: FORM_RESPONSE_LATEST, variables: { id }, fetchPolicy: 'network-only' }));
        if (!data?.formResponse) throw new Error('The response is gone');
        return { version: data.formResponse.version, answers: asAnswers(data.formResponse.answers) };
      },
    });
  });
  useEffect(() => {
    session.start();
    const untrack = trackOpenForm(session);
    const keep = () => session.flushLocal();
    const hidden = () => document.visibilityState === 'hidden' && session.flushLocal();
    window.addEventListener('pagehide', keep);
    window.addEventListener('beforeunload', keep);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', keep);
      window.removeEventListener('beforeunload', keep);
      document.removeEventListener('visibilitychange', hidden);
      untrack();
      session.stop();
    };
  }, [session]);
  const view = useSyncExternalStore(session.subscribe, session.getView);
  return { session, view };
}

/** Submits the response with the parties a contract needs (the provider, for a contract checklist about a citizen). */
export function useSubmitRemote(responseId: string) {
  const client = useApolloClient();
  return async (expectedVersion: number, parties: { providerId?: string | null }): Promise<SubmitReply> => {
    const { data } = await inWords(
      client.mutate({
        mutation: SUBMIT_FORM_RESPONSE,
        variables: { input: { id: responseId, expectedVersion, ...(parties.providerId ? { providerId: parties.providerId } : {}) } },
        refetchQueries: ['FormResponsesOfSubject'],
      }),
    );
    const payload = data?.submitFormResponse;
    if (!payload) throw new Error('submitFormResponse gave no answer');
    if (payload.userErrors.length > 0 || !payload.formResponse) return { kind: 'errors', errors: payload.userErrors };
    return { kind: 'submitted' };
  };
}
