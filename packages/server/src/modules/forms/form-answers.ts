import { indexDefinition, type Answers, type FormDefinition, type FormRole, type ItemNode } from '@treklang/schema';
import type { FieldProblem } from './form-mutation.js';

/*
 * Two parties fill one response, each only the items its role fills. A save merges the viewer's answers into
 * the stored ones:
 * - at the top level, an item left out keeps its stored answer (autosave may send only what changed); null
 *   clears an answer;
 * - a group's entries are the list sent (so entries can be removed), except that in each entry the other
 *   party's items and the server-filled (read-only) ones keep their stored answers when left out; a table's
 *   rows likewise;
 * - a changed answer to the other party's item stays in the merge, so that validateResponse (with the role and
 *   the stored answers as `previous`) reports it as NOT_YOURS; a changed read-only item is READ_ONLY.
 */

type Path = (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(record: unknown, key: string): unknown {
  return isPlainObject(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Structural equality of JSON values (key order does not matter). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((value, i) => sameJson(value, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const otherKeys = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === otherKeys.length && keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]));
  }
  return false;
}

function isReadOnly(node: ItemNode): boolean {
  return (node.item as { readOnly?: unknown }).readOnly === true;
}

/** True when the viewer may not change everything inside a group or table (another role's or a read-only item). */
function holdsOthers(node: ItemNode, role: FormRole): boolean {
  return node.children.some((child) => !child.filledBy.includes(role) || isReadOnly(child) || holdsOthers(child, role));
}

const readOnlyProblem = (field: Path): FieldProblem => ({
  code: 'READ_ONLY',
  messages: { da: 'Dette punkt udfyldes af systemet og kan ikke ændres.', en: 'This item is filled in by the system and cannot be changed.' },
  field: ['answers', ...field.map(String)],
});

function mergeLevel(nodes: ItemNode[], incoming: Record<string, unknown>, stored: unknown, role: FormRole, path: Path, problems: FieldProblem[], topLevel = false): Record<string, unknown> {
  const out: Record<string, unknown> = { ...incoming };
  for (const node of nodes) {
    const type = node.item.type;
    if (type === 'display') continue;
    const has = Object.hasOwn(incoming, node.id);
    const previous = own(stored, node.id);
    if (isReadOnly(node)) {
      if (!has) {
        if (previous !== undefined) out[node.id] = previous;
      } else if (!sameJson(incoming[node.id], previous) && !(incoming[node.id] === null && previous === undefined)) {
        problems.push(readOnlyProblem([...path, node.id]));
      }
      continue;
    }
    const container = type === 'group' || type === 'table';
    if (!has) {
      const keep = topLevel || !node.filledBy.includes(role) || (container && holdsOthers(node, role));
      if (keep && previous !== undefined) out[node.id] = previous;
      continue;
    }
    const value = incoming[node.id];
    if (type === 'group' && Array.isArray(value)) {
      const entries = Array.isArray(previous) ? previous : [];
      out[node.id] = value.map((entry, i) => (isPlainObject(entry) ? mergeLevel(node.children, entry, entries[i], role, [...path, node.id, i], problems) : entry));
    } else if (type === 'table' && isPlainObject(value)) {
      const rows: Record<string, unknown> = { ...value };
      for (const rowId of node.rowIds) {
        const row = own(value, rowId);
        const previousRow = own(previous, rowId);
        if (row === undefined && previousRow !== undefined) {
          const kept = mergeLevel(node.children, {}, previousRow, role, [...path, node.id, rowId], problems);
          if (Object.keys(kept).length > 0) rows[rowId] = kept;
        } else if (isPlainObject(row)) {
          rows[rowId] = mergeLevel(node.children, row, previousRow, role, [...path, node.id, rowId], problems);
        }
      }
      out[node.id] = rows;
    }
  }
  return out;
}

/**
 * The viewer's answers merged into the stored ones (see above), and READ_ONLY problems for changed
 * server-filled items. The caller validates the result with validateResponse.
 */
export function mergeAnswers(definition: FormDefinition, stored: Answers, incoming: Answers, role: FormRole): { answers: Answers; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const topLevel = indexDefinition(definition).sections.flatMap((section) => section.items);
  const answers = mergeLevel(topLevel, incoming as Record<string, unknown>, stored, role, [], problems, true) as Answers;
  return { answers, problems };
}

/** The answers without top-level nulls (a null in a save clears the answer). */
export function withoutNulls(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== null && value !== undefined)) as Answers;
}
