/*
 * Structured logs: one JSON object per line on stdout (errors on stderr), with a level, an ISO time and a
 * message, plus only the fields a caller names. Request logs carry ids, names of operations, durations and
 * statuses, never query text, variables or personal data. As a safety net every line is scrubbed of anything
 * shaped like a CPR number before it is written.
 */

export type LogLevel = 'info' | 'warn' | 'error';
export type LogFields = Record<string, string | number | boolean | null | undefined | string[]>;

export interface Logger {
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** DDMMYY-SSSS or DDMMYYSSSS standing alone. */
const CPR_LIKE = /(?<![\w-])\d{6}-?\d{4}(?![\w-])/g;

export function scrubCpr(text: string): string {
  return text.replace(CPR_LIKE, '[cpr]');
}

export function createLogger(write: (level: LogLevel, line: string) => void = defaultWrite): Logger {
  const log = (level: LogLevel) => (msg: string, fields: LogFields = {}) => {
    write(level, scrubCpr(JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields })));
  };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

function defaultWrite(level: LogLevel, line: string): void {
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

/** A logger that keeps its lines in memory, for tests. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return Object.assign(createLogger((_level, line) => lines.push(line)), { lines });
}

/** Logs nothing. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
