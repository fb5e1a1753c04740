import type { RouteObject } from 'react-router';
import { changeNoticeRoutes } from '../change-notices/routes.js';
import { statusNoteRoutes } from '../status-notes/routes.js';

/** Follow-up meetings (plan one, the meeting's page), status notes and change notices; each page is its own chunk. */
export const followUpRoutes: RouteObject[] = [
  { path: '/contracts/:id/follow-ups/new', lazy: async () => ({ Component: (await import('./plan-follow-up-page.js')).PlanFollowUpPage }) },
  { path: '/meetings/:id', lazy: async () => ({ Component: (await import('./meeting-page.js')).MeetingPage }) },
  ...statusNoteRoutes,
  ...changeNoticeRoutes,
];
