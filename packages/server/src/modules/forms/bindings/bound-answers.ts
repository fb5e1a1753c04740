import { indexDefinition, type Answers, type BindingTarget, type FormDefinition, type ItemNode } from '@treklang/schema';
import { CommonErrors, DomainError } from '../../../common/domain-error.js';

type Path = (string | number)[];

interface Bound {
  node: ItemNode;
  value: unknown;
  path: Path;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function targetOf(node: ItemNode): BindingTarget | null {
  const binding = (node.item as { binding?: { target?: unknown } }).binding;
  return typeof binding?.target === 'string' ? (binding.target as BindingTarget) : null;
}

/**
 * The answers of one level (the top level, or one entry of a bound group) by binding target, with the
 * path of each answer so that a refusal by the service can point at the item that caused it.
 */
export class BoundAnswers {
  private readonly byTarget = new Map<BindingTarget, Bound>();

  constructor(nodes: ItemNode[], answers: unknown, private readonly prefix: Path) {
    for (const node of nodes) {
      const target = targetOf(node);
      if (!target || this.byTarget.has(target)) continue;
      const value = isPlainObject(answers) && Object.hasOwn(answers, node.id) ? answers[node.id] : undefined;
      this.byTarget.set(target, { node, value, path: [...prefix, node.id] });
    }
  }

  /** The top level of a response. */
  static of(definition: FormDefinition, answers: Answers): BoundAnswers {
    return new BoundAnswers(indexDefinition(definition).sections.flatMap((section) => section.items), answers, []);
  }

  /** Whether the definition binds an item to the target at this level. */
  binds(target: BindingTarget): boolean {
    return this.byTarget.has(target);
  }

  /** Whether any item at this level binds to a target starting with `prefix` (e.g. 'statusNote.'). */
  bindsAny(prefix: string): boolean {
    return [...this.byTarget.keys()].some((target) => target.startsWith(prefix));
  }

  node(target: BindingTarget): ItemNode | null {
    return this.byTarget.get(target)?.node ?? null;
  }

  /** The answer, with null for none (absent, null, blank text, empty list). */
  value(target: BindingTarget): unknown {
    const value = this.byTarget.get(target)?.value;
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' && value.trim() === '') return null;
    if (Array.isArray(value) && value.length === 0 && this.byTarget.get(target)?.node.item.type !== 'group') return null;
    return value;
  }

  /** Path of the bound item inside `answers`, e.g. ['goals', 0, 'title']. */
  path(target: BindingTarget): Path | null {
    return this.byTarget.get(target)?.path ?? null;
  }

  /** The entries of a bound group, each as its own level. */
  entries(target: BindingTarget): BoundAnswers[] {
    const bound = this.byTarget.get(target);
    if (!bound || !Array.isArray(bound.value)) return [];
    return bound.value.map((entry, index) => new BoundAnswers(bound.node.children, entry, [...bound.path, index]));
  }

  /** A problem with the answer bound to `target` (or with the binding itself when the definition lacks it). */
  problemAt(target: BindingTarget): string[] {
    const path = this.path(target);
    return path ? ['answers', ...path.map(String)] : ['answers', ...this.prefix.map(String)];
  }

  text(target: BindingTarget): string | null {
    const value = this.value(target);
    return typeof value === 'string' ? value : null;
  }

  /** A required answer: absent is REQUIRED at the item (or NOT_BOUND when the template has no such item). */
  require<T>(target: BindingTarget, accept: (value: unknown) => value is T): T {
    if (!this.binds(target)) throw BindingErrors.notBound(target);
    const value = this.value(target);
    if (value === null) throw CommonErrors.required(this.problemAt(target));
    if (!accept(value)) throw BindingErrors.wrongValue(this.problemAt(target));
    return value;
  }

  /** An optional answer: null when absent; a value of the wrong kind is refused. */
  optional<T>(target: BindingTarget, accept: (value: unknown) => value is T): T | null {
    const value = this.value(target);
    if (value === null) return null;
    if (!accept(value)) throw BindingErrors.wrongValue(this.problemAt(target));
    return value;
  }
}

export const BindingErrors = {
  notBound: (target: string) =>
    new DomainError(
      'NOT_BOUND',
      { da: `Skabelonen har intet punkt, der udfylder ${target}; den kan ikke indsendes.`, en: `The template has no item that fills ${target}; it cannot be submitted.` },
      ['input', 'id'],
    ),
  wrongValue: (field: string[]) =>
    new DomainError('WRONG_TYPE', { da: 'Svaret passer ikke til feltet, det udfylder.', en: 'The answer does not fit the field it fills.' }, field),
};

export const isString = (value: unknown): value is string => typeof value === 'string';
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
export const oneOf =
  <K extends string>(keys: readonly K[]) =>
  (value: unknown): value is K =>
    typeof value === 'string' && (keys as readonly string[]).includes(value);
export const listOf =
  <K extends string>(keys: readonly K[]) =>
  (value: unknown): value is K[] =>
    Array.isArray(value) && value.every(oneOf(keys));

/**
 * Runs a service with inputs built from answers and points its refusals back at the answers: a field such as
 * ['input', 'goals', '0', 'title'] becomes ['answers', 'goals', '0', 'title'] (the item bound to it).
 */
export async function withAnswerFields<T>(fields: Map<string, string[]>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && error.field) {
      const mapped = fields.get(error.field.join('.'));
      if (mapped) throw new DomainError(error.code, error.messages, mapped);
    }
    throw error;
  }
}
