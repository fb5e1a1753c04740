import type { ApiTokenScope, CreateApiTokenInput } from '../../generated/graphql.js';
import type { UserError } from '../contracts/form-values.js';
import { API_TOKEN_NAME_LENGTH, earliestExpiryDate, expiryInstant, isCalendarDay, latestExpiryDate } from './token-expiry.js';

/** What the create form holds. */
export interface NewTokenValues {
  name: string;
  scopes: readonly ApiTokenScope[];
  /** The last day the token works, YYYY-MM-DD (Danish time). */
  expiresOn: string;
}

export interface NewTokenMessages {
  nameRequired: string;
  nameTooLong: string;
  scopesRequired: string;
  expiresRequired: string;
  expiresPast: string;
  expiresTooLate: (latest: string) => string;
}

/**
 * The obvious mistakes, found before sending, as userErrors on the same fields the server names
 * (["input", "name"], ["input", "scopes"], ["input", "expiresAt"]), so the form shows both kinds alike.
 */
export function newTokenErrors(values: NewTokenValues, now: Date, messages: NewTokenMessages, formatDay: (date: string) => string): UserError[] {
  const errors: UserError[] = [];
  const invalid = (field: string, message: string) => errors.push({ code: 'INVALID', message, field: ['input', field] });
  const name = values.name.trim();
  if (!name) invalid('name', messages.nameRequired);
  else if (name.length > API_TOKEN_NAME_LENGTH) invalid('name', messages.nameTooLong);
  if (values.scopes.length === 0) invalid('scopes', messages.scopesRequired);
  if (!isCalendarDay(values.expiresOn)) invalid('expiresAt', messages.expiresRequired);
  else if (values.expiresOn < earliestExpiryDate(now)) invalid('expiresAt', messages.expiresPast);
  else if (values.expiresOn > latestExpiryDate(now)) invalid('expiresAt', messages.expiresTooLate(formatDay(latestExpiryDate(now))));
  return errors;
}

/** The mutation's input; only called once newTokenErrors found nothing. */
export function newTokenInput(values: NewTokenValues, now: Date): CreateApiTokenInput {
  const expiresAt = expiryInstant(values.expiresOn, now);
  if (!expiresAt) throw new Error(`Not a date: ${values.expiresOn}`);
  return { name: values.name.trim(), scopes: [...values.scopes], expiresAt };
}
