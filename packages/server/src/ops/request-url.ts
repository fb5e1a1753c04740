import { parse } from 'node:url';

/*
 * The path and query string of a request target, split as Express splits them (the `parseurl` package): a plain
 * origin-form target is cut at its first "?"; anything else (an absolute URL, a "#", whitespace) goes through
 * Node's legacy URL parser, as in Express.
 */

export interface RequestTarget {
  /** Without the query string; what Express calls req.path. */
  path: string;
  /** "?" and the query string, or "" when there is none. */
  search: string;
}

const NEEDS_FULL_PARSE = /[\t\n\f\r #\u00a0\ufeff]/;

export function requestTarget(url: string): RequestTarget {
  if (url.charCodeAt(0) === 0x2f && !NEEDS_FULL_PARSE.test(url)) {
    const query = url.indexOf('?');
    return query === -1 ? { path: url, search: '' } : { path: url.slice(0, query), search: url.slice(query) };
  }
  const parsed = parse(url);
  return { path: parsed.pathname ?? '', search: parsed.search ?? '' };
}
