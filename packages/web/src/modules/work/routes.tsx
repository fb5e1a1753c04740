import type { RouteObject } from 'react-router';

export const workRoutes: RouteObject[] = [{ path: '/', lazy: async () => ({ Component: (await import('./work-page.js')).WorkPage }) }];
