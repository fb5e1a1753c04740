import type { RouteObject } from 'react-router';

/** Citizens: search, create, and one citizen's page; each page is its own chunk. */
export const citizenRoutes: RouteObject[] = [
  { path: '/citizens', lazy: async () => ({ Component: (await import('./citizens-page.js')).CitizensPage }) },
  { path: '/citizens/new', lazy: async () => ({ Component: (await import('./new-citizen-page.js')).NewCitizenPage }) },
  { path: '/citizens/:id', lazy: async () => ({ Component: (await import('./citizen-page.js')).CitizenPage }) },
];
