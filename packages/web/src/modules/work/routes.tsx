import type { RouteObject } from 'react-router';
import { PageTitle } from '../../components/page-title.js';

// Being built this session (the helper that owns modules/work/ replaces this file).
export const workRoutes: RouteObject[] = [{ path: '/', element: <PageTitle title="Mit arbejde" /> }];
