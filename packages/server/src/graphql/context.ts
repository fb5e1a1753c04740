import type { Locale } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import type { Engine } from '../db/data-source.js';
import type { Loaders } from './loaders.js';

export interface Context {
  db: DataSource;
  engine: Engine;
  viewer: Viewer;
  loaders: Loaders;
  locale: Locale;
}
