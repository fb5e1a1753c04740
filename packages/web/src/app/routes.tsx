import type { RouteObject } from 'react-router';
import { accessibilityRoutes } from '../modules/accessibility/routes.js';
import { anonymisationRoutes } from '../modules/anonymisation/routes.js';
import { apiTokenRoutes } from '../modules/api-tokens/routes.js';
import { auditLogRoutes } from '../modules/audit-log/routes.js';
import { citizenRoutes } from '../modules/citizens/routes.js';
import { contractRoutes } from '../modules/contracts/routes.js';
import { followUpRoutes } from '../modules/follow-ups/routes.js';
import { formRoutes } from '../modules/forms/routes.js';
import { progressionRoutes } from '../modules/progression/routes.js';
import { userRoutes } from '../modules/users/routes.js';
import { workRoutes } from '../modules/work/routes.js';
import { LoginCallbackPage } from '../session/login-callback-page.js';
import { LoginPage } from '../session/login-page.js';
import { Layout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { RequireViewer } from './require-viewer.js';

/** Every page; each feature folder declares its own routes (modules/<feature>/routes.tsx). */
export const ROUTES: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/login/callback', element: <LoginCallbackPage /> },
      ...accessibilityRoutes,
      {
        element: <RequireViewer />,
        children: [...workRoutes, ...citizenRoutes, ...contractRoutes, ...followUpRoutes, ...formRoutes, ...progressionRoutes, ...userRoutes, ...apiTokenRoutes, ...auditLogRoutes, ...anonymisationRoutes],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
