import type { RouteObject } from 'react-router';

// Being built this session (the helper that owns modules/forms/ replaces this file).
export const formRoutes: RouteObject[] = [];
