import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useLanguage } from '../i18n/language.js';

/**
 * The API writes some texts in the request's language (what is due, error messages): when the user switches
 * language, the queries on the page are fetched again, so nothing stays in the language left behind.
 */
export function RefetchOnLanguageChange(): null {
  const client = useApolloClient();
  const { language } = useLanguage();
  const shown = useRef(language);
  useEffect(() => {
    if (shown.current === language) return;
    shown.current = language;
    void client.refetchQueries({ include: 'active' });
  }, [client, language]);
  return null;
}
