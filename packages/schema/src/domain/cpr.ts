import { isRealDate, type IsoDate } from './dates.js';

export type CprProblem = 'FORMAT' | 'DATE';

export type CprResult =
  | { valid: true; normalized: string; birthDate: IsoDate; sex: 'MALE' | 'FEMALE' }
  | { valid: false; problem: CprProblem };

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/;

/**
 * Parses a CPR number DDMMYY-SSSS. The first six digits must be a real date; the century follows from
 * the 7th digit. The modulus-11 check is deliberately not applied: the CPR office has issued numbers
 * without it since 1 October 2007 and requires systems to accept them.
 */
export function parseCpr(input: string): CprResult {
  const match = CPR_PATTERN.exec(input.trim());
  if (!match) return { valid: false, problem: 'FORMAT' };
  const [, dd, mm, yy, seventh, rest] = match;
  const year = centuryOf(Number(seventh), Number(yy)) + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  if (!isRealDate(year, month, day)) return { valid: false, problem: 'DATE' };
  const lastDigit = Number(rest[2]);
  return {
    valid: true,
    normalized: `${dd}${mm}${yy}-${seventh}${rest}`,
    birthDate: `${year}-${mm}-${dd}`,
    sex: lastDigit % 2 === 1 ? 'MALE' : 'FEMALE',
  };
}

function centuryOf(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** The CPR with the serial part hidden: '010190-xxxx'. */
export function maskCpr(normalized: string): string {
  return `${normalized.slice(0, 6)}-xxxx`;
}
