import type { RouteObject } from 'react-router';

// Being built this session (the helper that owns modules/follow-ups/ replaces this file).
export const followUpRoutes: RouteObject[] = [];
