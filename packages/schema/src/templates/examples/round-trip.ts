import { indexDefinition, type ItemNode } from '../../forms/traverse.js';
import type { Answers, FormDefinition, ItemId } from '../../forms/types.js';

/*
 * Test support for the templates' round-trip tests (and for server or browser tests that want the same cases):
 * the complete example response with one required answer taken away at a time. Framework-free.
 */

export type AnswerPath = (string | number)[];

export interface RequiredRemoval {
  /** The path of the removed answer, as validateResponse reports it. */
  path: AnswerPath;
  /** The complete answers without it, and without the answers that only show because of it. */
  answers: Answers;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * Ids of the items whose enableWhen (or whose section's enableWhen) names `id`, directly or through another
 * such item. Assumes conditions that fail when the named item has no answer (exists, equals, includes, ...),
 * which is what the templates using this helper have.
 */
export function dependentsOf(definition: FormDefinition, id: ItemId): Set<ItemId> {
  const index = indexDefinition(definition);
  const found = new Set<ItemId>();
  const queue = [id];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const node of index.all) {
      if (found.has(node.id)) continue;
      const own = node.conditions?.some((c) => c.item === current) ?? false;
      const bySection = node.parent === null && (node.section.conditions?.some((c) => c.item === current) ?? false);
      if (own || bySection) {
        found.add(node.id);
        queue.push(node.id);
      }
    }
  }
  return found;
}

function clone(answers: Answers): Answers {
  return JSON.parse(JSON.stringify(answers)) as Answers;
}

/** Removes the answers of `ids` from an answer object (and from the entries and rows inside it). */
function removeIds(record: Record<string, unknown>, ids: Set<ItemId>): void {
  for (const key of Object.keys(record)) {
    if (ids.has(key)) {
      delete record[key];
      continue;
    }
    const value = record[key];
    const nested = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
    for (const entry of nested) if (isRecord(entry)) removeIds(entry, ids);
  }
}

/**
 * One case per required item that `answers` answers (top level, in each group entry, in each table row):
 * the answers without that one and without its dependents. Run against a complete response, each case should
 * give exactly one REQUIRED issue at `path`.
 */
export function requiredRemovals(definition: FormDefinition, answers: Answers): RequiredRemoval[] {
  const index = indexDefinition(definition);
  const cases: RequiredRemoval[] = [];

  const visit = (nodes: ItemNode[], record: Record<string, unknown>, prefix: AnswerPath, locate: (copy: Answers) => Record<string, unknown>) => {
    for (const node of nodes) {
      const value = record[node.id];
      if (!hasAnswer(value)) continue;
      const path = [...prefix, node.id];
      if ((node.item as { required?: boolean }).required === true) {
        const copy = clone(answers);
        const holder = locate(copy);
        delete holder[node.id];
        const dependents = dependentsOf(definition, node.id);
        if (dependents.size > 0) removeIds(node.parent === null ? copy : holder, dependents);
        cases.push({ path, answers: copy });
      }
      if (node.item.type === 'group' && Array.isArray(value)) {
        value.forEach((entry, i) => {
          if (isRecord(entry)) visit(node.children, entry, [...path, i], (copy) => (locate(copy)[node.id] as Record<string, unknown>[])[i]!);
        });
      } else if (node.item.type === 'table' && isRecord(value)) {
        for (const rowId of node.rowIds) {
          const row = value[rowId];
          if (isRecord(row)) visit(node.children, row, [...path, rowId], (copy) => (locate(copy)[node.id] as Record<string, Record<string, unknown>>)[rowId]!);
        }
      }
    }
  };

  for (const section of index.sections) visit(section.items, answers as Record<string, unknown>, [], (copy) => copy as Record<string, unknown>);
  return cases;
}

/**
 * JSON paths of every text in the definition that lacks its Danish or its English wording: every object with
 * a `da` or `en` key must have both, non-blank.
 */
export function missingTranslations(definition: FormDefinition): string[] {
  const missing: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
    } else if (isRecord(value)) {
      if ('da' in value || 'en' in value) {
        for (const locale of ['da', 'en']) {
          const text = value[locale];
          if (typeof text !== 'string' || text.trim().length === 0) missing.push(`${path}.${locale}`);
        }
        return;
      }
      for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key);
    }
  };
  walk(definition, '');
  return missing;
}

/** The binding targets a definition uses, in walk order. */
export function boundTargets(definition: FormDefinition): string[] {
  return indexDefinition(definition)
    .all.map((node) => (node.item as { binding?: { target: string } }).binding?.target)
    .filter((target): target is string => typeof target === 'string');
}

/** Ids of the items (at any depth) a role fills, display items left out. */
export function itemsFilledBy(definition: FormDefinition, role: string): ItemId[] {
  return indexDefinition(definition)
    .all.filter((node) => node.item.type !== 'display' && (node.filledBy as readonly string[]).includes(role))
    .map((node) => node.id);
}
