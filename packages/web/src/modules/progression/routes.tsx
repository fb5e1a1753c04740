import type { RouteObject } from 'react-router';

// Being built this session (the helper that owns modules/progression/ replaces this file).
export const progressionRoutes: RouteObject[] = [];
