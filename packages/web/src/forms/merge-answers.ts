import { indexDefinition, type Answers, type FormDefinition, type ItemNode } from '@treklang/schema';
import { pathKey, sameJson, setAt, type AnswerPath } from './answer-path.js';

/*
 * A three-way merge of answers after a VERSION_CONFLICT: `base` is what both sides started from (the answers
 * of the version the browser last saved or loaded), `mine` the browser's, `theirs` the server's now. An item
 * changed on one side only takes that side's answer; an item both changed differently is a conflict that
 * the user decides. Groups with the same number of entries on every side, and tables, merge entry by entry
 * and row by row, so two people editing different goals do not conflict.
 */

export interface MergeConflict {
  path: AnswerPath;
  /** 'goals.1.title' */
  key: string;
  node: ItemNode;
  mine: unknown;
  theirs: unknown;
}

export interface MergeResult {
  /** Every non-conflicting change of both sides, and for each conflict the browser's answer. */
  merged: Answers;
  conflicts: MergeConflict[];
}

export type MergeChoice = 'mine' | 'theirs';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeLevel(nodes: readonly ItemNode[], base: unknown, mine: unknown, theirs: unknown, prefix: AnswerPath, conflicts: MergeConflict[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const own = (record: unknown, key: string) => (isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined);
  for (const node of nodes) {
    if (node.item.type === 'display') continue;
    const value = mergeValue(node, own(base, node.id), own(mine, node.id), own(theirs, node.id), [...prefix, node.id], conflicts);
    if (value !== undefined && value !== null) out[node.id] = value;
  }
  return out;
}

function mergeValue(node: ItemNode, base: unknown, mine: unknown, theirs: unknown, path: AnswerPath, conflicts: MergeConflict[]): unknown {
  if (sameJson(mine, theirs)) return mine ?? theirs;
  if (sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base)) return mine;
  const type = node.item.type;
  if (type === 'group' && Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs) && base.length === mine.length && mine.length === theirs.length) {
    return mine.map((entry, i) => mergeLevel(node.children, base[i], entry, theirs[i], [...path, i], conflicts));
  }
  if (type === 'table' && (isRecord(mine) || mine == null) && (isRecord(theirs) || theirs == null)) {
    const rows: Record<string, unknown> = {};
    const own = (record: unknown, key: string) => (isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined);
    for (const rowId of node.rowIds) {
      const row = mergeLevel(node.children, own(base, rowId), own(mine, rowId), own(theirs, rowId), [...path, rowId], conflicts);
      if (Object.keys(row).length > 0) rows[rowId] = row;
    }
    return rows;
  }
  conflicts.push({ path, key: pathKey(path), node, mine, theirs });
  return mine;
}

/** Merges the browser's and the server's answers against their common base. */
export function mergeAnswers(definition: FormDefinition, base: Answers, mine: Answers, theirs: Answers): MergeResult {
  const conflicts: MergeConflict[] = [];
  const topLevel = indexDefinition(definition).sections.flatMap((section) => section.items);
  const merged = mergeLevel(topLevel, base, mine, theirs, [], conflicts) as Answers;
  return { merged, conflicts };
}

/**
 * The merged answers (or `answers`, the merged ones with later edits) with each conflict decided ('mine'
 * when no choice is given).
 */
export function resolveConflicts(result: MergeResult, choices: ReadonlyMap<string, MergeChoice>, answers: Answers = result.merged): Answers {
  for (const conflict of result.conflicts) {
    if (choices.get(conflict.key) === 'theirs') answers = setAt(answers, conflict.path, conflict.theirs ?? undefined);
  }
  return answers;
}
