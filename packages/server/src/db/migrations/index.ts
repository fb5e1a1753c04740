import { CoreCaseModel1764000000000 } from './1764000000000-core-case-model.js';

/** Every migration in order; committed files, never `synchronize`. */
export const migrations = [CoreCaseModel1764000000000];
