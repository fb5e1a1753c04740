import type { Locale } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import type { AccessTrail } from '../auth/access-trail.js';
import type { Viewer } from '../auth/viewer.js';
import type { Engine } from '../db/data-source.js';
import type { Loaders } from './loaders.js';

export interface Context {
  db: DataSource;
  engine: Engine;
  viewer: Viewer;
  loaders: Loaders;
  locale: Locale;
  /** Personal data read/written and accesses refused in this request (auth/access-trail.ts), for the audit log. */
  access: AccessTrail;
}
