import type { Locale } from '@treklang/schema';

/** The language of a request's messages: English when Accept-Language starts with it, Danish otherwise. */
export function localeOf(acceptLanguage: string | undefined): Locale {
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'da';
}
