import type { RouteObject } from 'react-router';

/** Forms: fill a response and its print view; each page is its own chunk. */
export const formRoutes: RouteObject[] = [
  { path: '/forms/:id', lazy: async () => ({ Component: (await import('./form-page.js')).FormPage }) },
  { path: '/forms/:id/print', lazy: async () => ({ Component: (await import('./form-print-page.js')).FormPrintPage }) },
];
