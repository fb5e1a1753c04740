import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Language = 'da' | 'en';

/** Texts of one feature in both languages; Danish is the product's first language. */
export type Texts<T> = Record<Language, T>;

const STORAGE_KEY = 'treklang.language';

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState>({ language: 'da', setLanguage: () => {} });

/** The language chosen, as stored: for code outside rendering (setLanguage stores before the page switches). */
export function storedLanguage(): Language {
  return window.localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'da';
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setShown] = useState<Language>(storedLanguage);
  // Stored at once: requests sent right after the switch (apollo/client.ts) already ask in the new language.
  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    setShown(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** Picks a feature's texts in the current language: `const t = useTexts(TEXTS)`. */
export function useTexts<T>(texts: Texts<T>): T {
  return texts[useContext(LanguageContext).language];
}

/** Dates and times are always shown in Danish time (danish-time.ts); most pages import them from here. */
export { formatDate, formatDateTime } from './danish-time.js';
