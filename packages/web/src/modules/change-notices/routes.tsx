import type { RouteObject } from 'react-router';

/** Change notices: report one on a contract, and the contract's list with acknowledgement; each page is its own chunk. */
export const changeNoticeRoutes: RouteObject[] = [
  { path: '/contracts/:id/change-notices/new', lazy: async () => ({ Component: (await import('./report-change-page.js')).ReportChangePage }) },
  { path: '/contracts/:id/change-notices', lazy: async () => ({ Component: (await import('./change-notices-page.js')).ChangeNoticesPage }) },
];
