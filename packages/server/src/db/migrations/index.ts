import { CoreCaseModel1764000000000 } from './1764000000000-core-case-model.js';
import { Forms1764300000000 } from './1764300000000-forms.js';
import { ProgressionIndexes1764400000000 } from './1764400000000-progression-indexes.js';
import { ApiTokensAndLockout1764500000000 } from './1764500000000-api-tokens-and-lockout.js';
import { AuditLog1764600000000 } from './1764600000000-audit-log.js';
import { ConsentSharing1764700000000 } from './1764700000000-consent-sharing.js';
import { InvitationReplies1764800000000 } from './1764800000000-invitation-replies.js';
import { LockoutPerSource1764900000000 } from './1764900000000-lockout-per-source.js';

/** Every migration in order; committed files, never `synchronize`. */
export const migrations = [CoreCaseModel1764000000000, Forms1764300000000, ProgressionIndexes1764400000000, ApiTokensAndLockout1764500000000, AuditLog1764600000000, ConsentSharing1764700000000, InvitationReplies1764800000000, LockoutPerSource1764900000000];
