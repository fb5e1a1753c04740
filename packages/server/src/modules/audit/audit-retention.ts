/*
 * How long the audit log and case data are kept. Audit entries: at least 6 months (Danish practice, see
 * DOMAIN.md); TREKLANG_AUDIT_RETENTION_MONTHS may raise it, never lower it. Case data may be erased (anonymised)
 * once a citizen's case has been closed for TREKLANG_CASE_RETENTION_YEARS (default 5, the usual period for
 * closed social case files before they are deleted or handed to an archive).
 */

export const MIN_AUDIT_RETENTION_MONTHS = 6;
export const DEFAULT_CASE_RETENTION_YEARS = 5;

function wholeNumber(raw: string | undefined, name: string, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return value;
}

export function auditRetentionMonths(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumber(env.TREKLANG_AUDIT_RETENTION_MONTHS, 'TREKLANG_AUDIT_RETENTION_MONTHS', MIN_AUDIT_RETENTION_MONTHS, MIN_AUDIT_RETENTION_MONTHS);
}

export function caseRetentionYears(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumber(env.TREKLANG_CASE_RETENTION_YEARS, 'TREKLANG_CASE_RETENTION_YEARS', DEFAULT_CASE_RETENTION_YEARS, 1);
}

/** The instant `months` calendar months before `from`, the day clamped to the month's end (31 Aug - 6 = 28 Feb). */
export function monthsBefore(from: Date, months: number): Date {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  target.setUTCHours(from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds());
  return target;
}
