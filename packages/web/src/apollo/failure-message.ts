import { CombinedGraphQLErrors, CombinedProtocolErrors, LinkError, ServerError, ServerParseError } from '@apollo/client/errors';
import { useCallback } from 'react';
import { COMMON_TEXTS } from '../i18n/common-texts.js';
import { type Language, storedLanguage, useLanguage } from '../i18n/language.js';

/** The messages of a GraphQL error body (the server's own refusals, e.g. rate limiting, come with a non-2xx status). */
function graphQLMessages(bodyText: string): string | null {
  try {
    const body = JSON.parse(bodyText) as { errors?: { message?: unknown }[] } | null;
    const messages = (body?.errors ?? []).map((e) => e?.message).filter((m): m is string => typeof m === 'string' && m.length > 0);
    return messages.length ? messages.join(' ') : null;
  } catch {
    return null;
  }
}

/**
 * A failed request in words for the user. The server's answers are already in the user's language (it reads
 * Accept-Language) and are shown as they are; a request that got no usable answer (no connection, a reset, a
 * proxy's 502 page) gets the one localized network text instead of the browser's "Failed to fetch".
 */
export function failureMessage(error: unknown, language: Language): string {
  if (CombinedGraphQLErrors.is(error) || CombinedProtocolErrors.is(error)) return error.message;
  const networkFailure = COMMON_TEXTS[language].networkFailure;
  if (ServerError.is(error) || ServerParseError.is(error)) return graphQLMessages(error.bodyText) ?? networkFailure;
  if (LinkError.is(error)) return networkFailure;
  return error instanceof Error ? error.message : String(error);
}

/** failureMessage in the language shown now. */
export function useFailureMessage(): (error: unknown) => string {
  const { language } = useLanguage();
  return useCallback((error: unknown) => failureMessage(error, language), [language]);
}

/**
 * For code outside rendering whose callers show a rejection's message (a form session's saves, starting a form):
 * rejects as `pending` does, with the failure in words in the language chosen now.
 */
export async function inWords<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    throw new Error(failureMessage(error, storedLanguage()), { cause: error });
  }
}
