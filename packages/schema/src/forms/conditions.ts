import { isEmptyAnswer, isPlainObject, own } from './answer-values.js';
import { type DefinitionIndex, indexDefinition, type ItemNode, type ItemPath, type SectionNode } from './traverse.js';
import type { Answers, Condition, FormDefinition, ItemId } from './types.js';

/**
 * The answers visible from an item: the entry of the group (or row of the table) it is in, then the
 * enclosing entries, then the response's top level. `container` is the id of the group or table whose
 * entry `answers` is, or null for the top level.
 */
export interface AnswerScope {
  container: ItemId | null;
  answers: Record<string, unknown>;
  parent: AnswerScope | null;
}

/** Conditions may chain (A shows B, B shows C); deeper chains only occur in broken definitions. */
const MAX_CHAIN = 24;

/**
 * Whether an answer meets a condition. `value` is the referenced item's answer, undefined when it has none
 * or is itself hidden.
 * - exists / notExists: the item has / has no answer (blank text and empty lists count as none).
 * - equals / notEquals: strict equality of the answer with `condition.value`; notEquals is its exact negation
 *   (so it holds while the item is unanswered). A list answer equals nothing.
 * - includes: a list answer contains `condition.value`; a single answer equals it.
 * - greaterThan / lessThan: numbers compared as numbers, strings (e.g. dates YYYY-MM-DD) as strings;
 *   false when unanswered or of different kinds.
 */
export function evaluateCondition(condition: Condition, value: unknown): boolean {
  const expected = condition.value;
  switch (condition.operator) {
    case 'exists':
      return hasValue(value);
    case 'notExists':
      return !hasValue(value);
    case 'equals':
      return value === expected;
    case 'notEquals':
      return value !== expected;
    case 'includes':
      return Array.isArray(value) ? value.includes(expected) : value === expected;
    case 'greaterThan':
      return comparable(value, expected) && (value as number | string) > (expected as number | string);
    case 'lessThan':
      return comparable(value, expected) && (value as number | string) < (expected as number | string);
    default:
      return false;
  }
}

function hasValue(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return /\S/.test(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function comparable(value: unknown, expected: unknown): boolean {
  return (
    (typeof value === 'number' && typeof expected === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && typeof expected === 'string')
  );
}

/**
 * Evaluates enableWhen for one response. Top-level results are memoised, so a validation pass evaluates
 * each condition once; a cycle of conditions (which checkDefinition refuses) counts as hidden.
 */
export class ConditionEvaluator {
  readonly root: AnswerScope;
  private readonly sectionMemo = new Map<SectionNode, boolean>();
  private readonly rootMemo = new Map<ItemNode, boolean>();

  constructor(
    readonly index: DefinitionIndex,
    rootAnswers: Record<string, unknown>,
  ) {
    this.root = { container: null, answers: rootAnswers, parent: null };
  }

  sectionEnabled(section: SectionNode): boolean {
    const known = this.sectionMemo.get(section);
    if (known !== undefined) return known;
    this.sectionMemo.set(section, false);
    const result = section.conditions === null || this.holds(section.conditions, section.enableBehavior, this.root, 0);
    this.sectionMemo.set(section, result);
    return result;
  }

  /**
   * Whether the item's own conditions hold in `scope` (the scope of its group entry or table row, or the top
   * level); for a top-level item its section's conditions too. Enclosing groups are the caller's concern.
   */
  itemEnabled(node: ItemNode, scope: AnswerScope, depth = 0): boolean {
    if (node.parent === null) {
      if (node.conditions === null && node.section.conditions === null) return true;
      const known = this.rootMemo.get(node);
      if (known !== undefined) return known;
      this.rootMemo.set(node, false);
      const result =
        this.sectionEnabled(node.section) &&
        (node.conditions === null || this.holds(node.conditions, node.enableBehavior, this.root, depth));
      this.rootMemo.set(node, result);
      return result;
    }
    if (node.conditions === null) return true;
    if (depth > MAX_CHAIN) return false;
    return this.holds(node.conditions, node.enableBehavior, scope, depth);
  }

  private holds(conditions: readonly Condition[], behavior: 'all' | 'any', scope: AnswerScope, depth: number): boolean {
    if (behavior === 'any') {
      for (const condition of conditions) if (evaluateCondition(condition, this.valueOf(condition.item, scope, depth))) return true;
      return false;
    }
    for (const condition of conditions) if (!evaluateCondition(condition, this.valueOf(condition.item, scope, depth))) return false;
    return true;
  }

  /** The answer a condition sees for an item: undefined when unanswered, out of scope or hidden. */
  valueOf(id: ItemId, scope: AnswerScope, depth = 0): unknown {
    const node = this.index.nodes.get(id);
    if (!node) return undefined;
    const container = node.parent ? node.parent.id : null;
    let frame: AnswerScope | null = scope;
    while (frame && frame.container !== container) frame = frame.parent;
    if (!frame) return undefined;
    const value = own(frame.answers, id);
    if (value === undefined || value === null || isEmptyAnswer(node, value)) return undefined;
    return this.itemEnabled(node, frame, depth + 1) ? value : undefined;
  }
}

/** The scope of a group entry or table row (an entry that is not an object has no answers). */
export function childScope(container: ItemId, entry: unknown, parent: AnswerScope): AnswerScope {
  return { container, answers: isPlainObject(entry) ? entry : {}, parent };
}

/** Whether a section is shown for these answers. */
export function isSectionEnabled(definition: FormDefinition, sectionId: string, answers: Answers | null | undefined): boolean {
  try {
    const index = indexDefinition(definition);
    const section = index.sections.find((s) => s.section.id === sectionId);
    if (!section) return false;
    return new ConditionEvaluator(index, isPlainObject(answers) ? answers : {}).sectionEnabled(section);
  } catch {
    return false;
  }
}

/**
 * Whether the item at `path` is shown for these answers: its section's and every enclosing group's or
 * table's conditions hold, and its own. `path` is an answer path (['goals', 1, 'deadline'],
 * ['statements', 's3', 'comment']) or the id of a top-level item. Used by the validator and the renderer
 * alike. False for a path that names no item.
 */
export function isItemEnabled(definition: FormDefinition, path: ItemPath | ItemId, answers: Answers | null | undefined): boolean {
  try {
    const index = indexDefinition(definition);
    const steps = typeof path === 'string' ? [path] : Array.isArray(path) ? path : [];
    const evaluator = new ConditionEvaluator(index, isPlainObject(answers) ? answers : {});
    let scope = evaluator.root;
    let node = typeof steps[0] === 'string' ? index.topLevel.get(steps[0]) : undefined;
    let i = 1;
    while (node) {
      if (!evaluator.itemEnabled(node, scope)) return false;
      if (i === steps.length) return true;
      const type = node.item.type;
      if (type !== 'group' && type !== 'table') return false;
      const key = steps[i];
      const value = own(scope.answers, node.id);
      let entry: unknown;
      if (type === 'group') {
        if (typeof key !== 'number' || !Number.isInteger(key) || key < 0) return false;
        entry = Array.isArray(value) ? value[key] : undefined;
      } else {
        if (typeof key !== 'string' || !node.rowIdSet.has(key)) return false;
        entry = own(value, key);
      }
      scope = childScope(node.id, entry, scope);
      const childId = steps[i + 1];
      node = typeof childId === 'string' ? node.childById.get(childId) : undefined;
      i += 2;
    }
    return false;
  } catch {
    return false;
  }
}
