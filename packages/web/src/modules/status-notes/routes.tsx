import type { RouteObject } from 'react-router';

/** Status notes: one note and its print view; each page is its own chunk. */
export const statusNoteRoutes: RouteObject[] = [
  { path: '/status-notes/:id', lazy: async () => ({ Component: (await import('./status-note-page.js')).StatusNotePage }) },
  { path: '/status-notes/:id/print', lazy: async () => ({ Component: (await import('./status-note-print-page.js')).StatusNotePrintPage }) },
];
