import type { RouteObject } from 'react-router';

/** Administration of the organisation's users (ADMIN): who they are, who is locked out, and unlocking. */
export const userRoutes: RouteObject[] = [{ path: '/users', lazy: async () => ({ Component: (await import('./users-page.js')).UsersPage }) }];
