import type { RouteObject } from 'react-router';

// Being built this session (the helper that owns modules/citizens/ replaces this file).
export const citizenRoutes: RouteObject[] = [];
