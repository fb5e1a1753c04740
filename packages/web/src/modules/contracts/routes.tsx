import type { RouteObject } from 'react-router';

/** Contracts: the list, a new draft for a citizen, one contract and its print view; each page is its own chunk. */
export const contractRoutes: RouteObject[] = [
  { path: '/contracts', lazy: async () => ({ Component: (await import('./contracts-page.js')).ContractsPage }) },
  { path: '/contracts/new', lazy: async () => ({ Component: (await import('./new-contract-page.js')).NewContractPage }) },
  { path: '/contracts/:id', lazy: async () => ({ Component: (await import('./contract-page.js')).ContractPage }) },
  { path: '/contracts/:id/print', lazy: async () => ({ Component: (await import('./contract-print-page.js')).ContractPrintPage }) },
];
