import { CoreCaseModel1764000000000 } from './1764000000000-core-case-model.js';
import { Forms1764300000000 } from './1764300000000-forms.js';
import { ProgressionIndexes1764400000000 } from './1764400000000-progression-indexes.js';

/** Every migration in order; committed files, never `synchronize`. */
export const migrations = [CoreCaseModel1764000000000, Forms1764300000000, ProgressionIndexes1764400000000];
