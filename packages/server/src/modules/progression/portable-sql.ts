/*
 * SQL expressions that give the same results on SQLite and PostgreSQL. Dates are 'YYYY-MM-DD' text and
 * instants ISO text in UTC, so calendar arithmetic is done on the digits.
 */

/** The quarter 'YYYY-Qn' of a 'YYYY-MM-DD…' text (null stays null). */
export function quarterOfText(date: string): string {
  return `SUBSTR(${date}, 1, 4) || '-Q' || CAST((CAST(SUBSTR(${date}, 6, 2) AS integer) + 2) / 3 AS varchar(1))`;
}

/** The quarter 'YYYY-Qn' of a date held as the integer YYYYMMDD. */
export function quarterOfInt(day: string): string {
  return `CAST(${day} / 10000 AS varchar(4)) || '-Q' || CAST((((${day} / 100) % 100) + 2) / 3 AS varchar(1))`;
}

/** The date part of a 'YYYY-MM-DD…' text as the integer YYYYMMDD (for instants: the UTC day). */
export function dayAsInt(text: string): string {
  return `CAST(REPLACE(SUBSTR(${text}, 1, 10), '-', '') AS integer)`;
}

/**
 * A date plus whole months as the integer YYYYMMDD, the day clamped to the end of a shorter month
 * (31 January + 1 month = 28/29 February), exactly as addMonths in @treklang/schema.
 */
export function addMonthsAsInt(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError('whole months only');
  const index = `(CAST(SUBSTR(${date}, 1, 4) AS integer) * 12 + CAST(SUBSTR(${date}, 6, 2) AS integer) - 1 + ${months})`;
  const year = `(${index} / 12)`;
  const month = `(${index} % 12 + 1)`;
  const day = `CAST(SUBSTR(${date}, 9, 2) AS integer)`;
  const leap = `((${year} % 4 = 0 AND ${year} % 100 <> 0) OR ${year} % 400 = 0)`;
  const monthDays = `(CASE WHEN ${month} = 2 THEN (CASE WHEN ${leap} THEN 29 ELSE 28 END) WHEN ${month} IN (4, 6, 9, 11) THEN 30 ELSE 31 END)`;
  return `(${year} * 10000 + ${month} * 100 + (CASE WHEN ${day} > ${monthDays} THEN ${monthDays} ELSE ${day} END))`;
}

/** The integer YYYYMMDD of a 'YYYY-MM-DD' string, for parameters compared with the expressions above. */
export function isoDayToInt(date: string): number {
  return Number(date.replace(/-/g, ''));
}
