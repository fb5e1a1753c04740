import type { RouteObject } from 'react-router';
import { AccessibilityStatementPage } from './accessibility-statement-page.js';

export const accessibilityRoutes: RouteObject[] = [{ path: '/accessibility', element: <AccessibilityStatementPage /> }];
