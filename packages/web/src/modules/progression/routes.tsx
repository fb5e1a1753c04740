import type { RouteObject } from 'react-router';

/** The progression and timeliness dashboard; its own chunk (recharts only in the charts' lazy chunks below it). */
export const progressionRoutes: RouteObject[] = [{ path: '/progression', lazy: async () => ({ Component: (await import('./progression-page.js')).ProgressionPage }) }];
