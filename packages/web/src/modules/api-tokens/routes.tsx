import type { RouteObject } from 'react-router';

/** The organisation's API tokens for integrations (ADMIN): list, create (the secret shown once) and revoke. */
export const apiTokenRoutes: RouteObject[] = [{ path: '/api-tokens', lazy: async () => ({ Component: (await import('./api-tokens-page.js')).ApiTokensPage }) }];
