import { indexDefinition, isItemEnabled, type Answers, type FormDefinition, type FormRole, type ItemNode, type ValidationIssue } from '@treklang/schema';
import { getAt, pathKey, sameJson, setAt, type AnswerPath } from './answer-path.js';

/*
 * What is validated and saved is the answers without those to hidden items (a hidden item must have no
 * answer; the browser keeps them meanwhile, so unchecking and re-checking a box loses nothing), and a save
 * leaves out answers the server would refuse (they stay in the browser and in the local draft).
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mayBeHidden(node: ItemNode): boolean {
  return node.conditions !== null || (node.parent === null && node.section.conditions !== null);
}

function hasConditions(nodes: readonly ItemNode[]): boolean {
  return nodes.some((node) => mayBeHidden(node) || hasConditions(node.children));
}

function pruneLevel(definition: FormDefinition, nodes: readonly ItemNode[], level: Record<string, unknown>, prefix: AnswerPath, root: Answers): Record<string, unknown> {
  let out = level;
  const drop = (id: string) => {
    if (out === level) out = { ...level };
    delete out[id];
  };
  const replace = (id: string, value: unknown) => {
    if (out === level) out = { ...level };
    out[id] = value;
  };
  for (const node of nodes) {
    if (!Object.hasOwn(level, node.id)) continue;
    const path = [...prefix, node.id];
    if (mayBeHidden(node) && !isItemEnabled(definition, path, root)) {
      drop(node.id);
      continue;
    }
    if (!hasConditions(node.children)) continue;
    const value = level[node.id];
    if (node.item.type === 'group' && Array.isArray(value)) {
      let changed = false;
      const entries = value.map((entry, i) => {
        if (!isRecord(entry)) return entry;
        const pruned = pruneLevel(definition, node.children, entry, [...path, i], root);
        if (pruned !== entry) changed = true;
        return pruned;
      });
      if (changed) replace(node.id, entries);
    } else if (node.item.type === 'table' && isRecord(value)) {
      let changed = false;
      const rows: Record<string, unknown> = { ...value };
      for (const rowId of node.rowIds) {
        const row = value[rowId];
        if (!isRecord(row)) continue;
        const pruned = pruneLevel(definition, node.children, row, [...path, rowId], root);
        if (pruned !== row) {
          rows[rowId] = pruned;
          changed = true;
        }
      }
      if (changed) replace(node.id, rows);
    }
  }
  return out;
}

/** The answers without those to items that are hidden now (the same object when none is). */
export function pruneHidden(definition: FormDefinition, answers: Answers): Answers {
  const index = indexDefinition(definition);
  const topLevel = index.sections.flatMap((section) => section.items);
  return pruneLevel(definition, topLevel, answers, [], answers) as Answers;
}

/** Issues that only mean "not finished yet": a draft may have them; anything else refuses a save. */
const COMPLETENESS = new Set(['REQUIRED', 'TOO_FEW', 'TOO_SHORT']);

export function blocksDraft(issue: ValidationIssue): boolean {
  return !COMPLETENESS.has(issue.code);
}

function mine(node: ItemNode, role: FormRole): boolean {
  return node.filledBy.includes(role) && (node.item as { readOnly?: unknown }).readOnly !== true;
}

/** A group's entries or a table's rows with only the viewer's items (the server keeps the others'). */
function ownPart(node: ItemNode, value: unknown, role: FormRole): unknown {
  const strip = (entry: unknown): unknown => {
    if (!isRecord(entry)) return entry;
    const out: Record<string, unknown> = {};
    for (const child of node.children) {
      if (!Object.hasOwn(entry, child.id)) continue;
      if (child.item.type === 'group' || child.item.type === 'table') {
        if (child.subtreeRoles.has(role)) out[child.id] = ownPart(child, entry[child.id], role);
      } else if (mine(child, role)) out[child.id] = entry[child.id];
    }
    return out;
  };
  if (node.item.type === 'group') return Array.isArray(value) ? value.map(strip) : value;
  if (node.item.type === 'table' && isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([rowId, row]) => [rowId, strip(row)]));
  }
  return value;
}

export interface SavePayload {
  /** The top-level answers that changed since the last save (null clears one). */
  answers: Answers;
  /** Paths left out because the server would refuse them ('goals.0.deadline'). */
  skipped: string[];
}

/**
 * What an autosave sends: the viewer's top-level items that differ from the last saved answers, with every
 * answer that has a draft-blocking issue put back to its saved value. Null when nothing can be saved (an
 * issue about the whole response).
 */
export function savePayload(definition: FormDefinition, role: FormRole, current: Answers, saved: Answers, issues: readonly ValidationIssue[]): SavePayload | null {
  let clean = current;
  const skipped: string[] = [];
  for (const issue of issues) {
    if (!blocksDraft(issue)) continue;
    if (issue.path.length === 0) return null;
    clean = setAt(clean, issue.path, getAt(saved, issue.path));
    skipped.push(pathKey(issue.path));
  }
  const answers: Answers = {};
  for (const node of indexDefinition(definition).topLevel.values()) {
    if (node.item.type === 'display') continue;
    const container = node.item.type === 'group' || node.item.type === 'table';
    if (container ? !node.subtreeRoles.has(role) : !mine(node, role)) continue;
    const value = container ? ownPart(node, clean[node.id], role) : clean[node.id];
    const before = container ? ownPart(node, saved[node.id], role) : saved[node.id];
    if (!sameJson(value, before)) answers[node.id] = (value ?? null) as Answers[string];
  }
  return { answers, skipped };
}
