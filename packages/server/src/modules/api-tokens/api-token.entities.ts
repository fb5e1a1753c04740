import { AuthLockout } from '../../auth/lockout.entity.js';
import { ApiToken } from './api-token.entity.js';

/** The tables of API tokens and of failed-login counters (db/entities.ts). */
export const authEntities = [ApiToken, AuthLockout];
