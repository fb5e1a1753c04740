import type { Answers } from '@treklang/schema';

/** Where an answer sits: ['purpose'], ['goals', 0, 'deadline'], ['statements', 's3', 'comment']. */
export type AnswerPath = readonly (string | number)[];

/** The path as validateResponse reports it joined with dots: 'goals.0.deadline'. It is each input's `name`. */
export function pathKey(path: AnswerPath): string {
  return path.join('.');
}

/** The DOM id of the input (or first input) answering a path: 'item-goals-0-deadline'. */
export function inputIdOf(key: string): string {
  return `item-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The DOM id of the element holding a path's error message. */
export function errorIdOf(inputId: string): string {
  return `${inputId}-error`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a path, or undefined. */
export function getAt(root: unknown, path: AnswerPath): unknown {
  let current: unknown = root;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === 'number') current = current[step];
    else if (isRecord(current) && Object.hasOwn(current, String(step))) current = current[String(step)];
    else return undefined;
  }
  return current;
}

/**
 * A copy of `root` with `value` at `path`, sharing every untouched branch (so components keyed on a branch
 * see the same object when it did not change). undefined removes the key. Missing containers are created:
 * an array for a numeric step, an object otherwise.
 */
export function setAt<T>(root: T, path: AnswerPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [step, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof step === 'number') {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[step] = setAt(list[step], rest, value);
    return list as T;
  }
  const record: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  const next = setAt(record[step], rest, value);
  if (next === undefined) delete record[step];
  else record[step] = next;
  return record as T;
}

/** Answers as a plain object, whatever was stored. */
export function asAnswers(value: unknown): Answers {
  return isRecord(value) ? (value as Answers) : {};
}

/** Deep equality of JSON values; absent, undefined and null count as the same. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((value, i) => sameJson(value, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of Object.keys(a)) if (!sameJson(a[key], b[key])) return false;
    for (const key of Object.keys(b)) if (!Object.hasOwn(a, key) && !sameJson(undefined, b[key])) return false;
    return true;
  }
  return false;
}
