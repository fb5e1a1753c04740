import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { isServiceAccountEmail } from '../modules/api-tokens/api-token.secret.js';
import { User } from '../modules/users/user.entity.js';
import { lockedMessage } from './authenticate-errors.js';
import { localeOf } from '../common/request-locale.js';
import { clientAddressOf } from '../ops/client-address.js';
import { activeLock, readLockout, UNKNOWN_SOURCE } from './lockout.js';
import { DEMO_TOKEN_TTL_SECONDS, signDemoToken } from './tokens.js';

/**
 * Demo mode's login for the web app: POST /auth/demo-login {"email": "..."} answers {token, expiresIn} for a
 * user in the database, the same token `pnpm token` prints. Never mounted in production mode. A locked account
 * (auth/lockout.ts, from this client's address) gets 429 with Retry-After; an API token's service account cannot log in.
 */
export function demoLoginRouter(db: DataSource, signingKey: Uint8Array): Router {
  const router = express.Router();
  router.post('/demo-login', express.json({ limit: '4kb' }), async (req, res) => {
    const email = typeof req.body?.email === 'string' ? req.body.email.trim().toLowerCase() : '';
    if (!email) {
      res.status(400).json({ error: 'Send {"email": "<a demo user>"}.', code: 'BAD_REQUEST' });
      return;
    }
    const user = isServiceAccountEmail(email) ? null : await db.getRepository(User).findOneBy({ email });
    if (!user) {
      res.status(401).json({ error: 'No user with that e-mail address.', code: 'UNKNOWN_USER' });
      return;
    }
    const lockedUntil = activeLock(await readLockout(db, { type: 'USER', id: user.rowId, source: clientAddressOf(req) ?? UNKNOWN_SOURCE }));
    if (lockedUntil) {
      const { message, retryAfterSeconds } = lockedMessage(lockedUntil, localeOf(req.headers['accept-language']));
      res.status(429).set('retry-after', String(retryAfterSeconds)).json({ error: message, code: 'ACCOUNT_LOCKED', retryAfterSeconds });
      return;
    }
    res.set('cache-control', 'no-store').json({ token: await signDemoToken(user.rowId, signingKey), expiresIn: DEMO_TOKEN_TTL_SECONDS });
  });
  return router;
}
