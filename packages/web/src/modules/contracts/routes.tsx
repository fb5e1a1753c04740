import type { RouteObject } from 'react-router';

// Being built this session (the helper that owns modules/contracts/ replaces this file).
export const contractRoutes: RouteObject[] = [];
