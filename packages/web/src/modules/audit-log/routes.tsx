import type { RouteObject } from 'react-router';

/** The audit log (ADMIN): who read or changed what, when and why, filtered and exported. */
export const auditLogRoutes: RouteObject[] = [{ path: '/audit-log', lazy: async () => ({ Component: (await import('./audit-log-page.js')).AuditLogPage }) }];
