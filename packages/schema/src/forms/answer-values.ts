import type { ItemNode } from './traverse.js';

/** A JSON object (not null, not an array). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's own value for `key` (never an inherited one such as `toString`). */
export function own(record: unknown, key: string): unknown {
  return isPlainObject(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

const NON_BLANK = /\S/;

/** True for strings with nothing but white space (stops at the first visible character, so huge strings are cheap). */
export function isBlank(value: string): boolean {
  return !NON_BLANK.test(value);
}

const STRING_TYPES = new Set(['text', 'longText', 'singleChoice', 'date']);
const ARRAY_TYPES = new Set(['multipleChoice', 'participants', 'group']);

/**
 * Whether a value counts as "no answer" for this item: null or absent; a blank string for the types answered
 * with a string; an empty list for the types answered with a list; a signature or table with nothing filled in.
 * A value of the wrong kind (e.g. '' for a number) is not empty: it is a wrong answer.
 */
export function isEmptyAnswer(node: ItemNode, value: unknown): boolean {
  if (value === undefined || value === null) return true;
  const type = node.item.type;
  if (typeof value === 'string') {
    if (STRING_TYPES.has(type) || (type === 'lifeTheme' && !node.item.multiple)) return isBlank(value);
    return false;
  }
  if (Array.isArray(value)) {
    if (ARRAY_TYPES.has(type) || (type === 'lifeTheme' && node.item.multiple === true)) return value.length === 0;
    return false;
  }
  if (type === 'signature' && isPlainObject(value)) {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (key !== 'name' && key !== 'role' && key !== 'date') return false;
      const field = value[key];
      if (field !== undefined && field !== null && !(typeof field === 'string' && isBlank(field))) return false;
    }
    return true;
  }
  if (type === 'table' && isPlainObject(value)) {
    for (const rowId in value) {
      if (!Object.hasOwn(value, rowId)) continue;
      const row = value[rowId];
      if (row === null || row === undefined) continue;
      if (!isPlainObject(row)) return false;
      for (const columnId in row) {
        if (!Object.hasOwn(row, columnId)) continue;
        const column = node.childById.get(columnId);
        if (!column || !isEmptyAnswer(column, row[columnId])) return false;
      }
    }
    return true;
  }
  return false;
}

/** Deep equality of two JSON values, treating every kind of "no answer" (absent, null) as the same. */
export function sameValue(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  if (depth > 32 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameValue(a[i], other[i], depth + 1)) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key in left) if (Object.hasOwn(left, key) && !sameValue(left[key], own(right, key), depth + 1)) return false;
  for (const key in right) if (Object.hasOwn(right, key) && !Object.hasOwn(left, key) && !sameValue(undefined, right[key], depth + 1)) return false;
  return true;
}

/** Same answer for this item: equal values, or both empty. */
export function sameAnswer(node: ItemNode, a: unknown, b: unknown): boolean {
  const emptyA = isEmptyAnswer(node, a);
  const emptyB = isEmptyAnswer(node, b);
  if (emptyA || emptyB) return emptyA && emptyB;
  return sameValue(a, b);
}
