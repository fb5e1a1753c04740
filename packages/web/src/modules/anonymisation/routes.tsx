import type { RouteObject } from 'react-router';

/** The authority's citizens due for anonymisation (ADMIN of an authority), each linking to the citizen page where it is done. */
export const anonymisationRoutes: RouteObject[] = [{ path: '/anonymisation', lazy: async () => ({ Component: (await import('./anonymisation-page.js')).AnonymisationPage }) }];
