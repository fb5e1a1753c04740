import type { FormRole, ItemNode, ItemType } from '@treklang/schema';

/*
 * Which component draws an item, chosen as JSON Forms does: each renderer has a tester that ranks how well
 * it fits an item (NOT_APPLICABLE when it does not); the highest rank wins, the earlier registration on a tie.
 * Nothing here knows React, so the ranking is tested without a DOM.
 */

/** What a tester may look at besides the item. */
export interface RankContext {
  /** The role the viewer fills the form in; null when they fill nothing (everything is read-only). */
  role: FormRole | null;
  /** The whole form is read-only (submitted, or the viewer may not fill it). */
  formReadOnly: boolean;
}

export const NOT_APPLICABLE = -1;

export type Tester = (node: ItemNode, context: RankContext) => number;
export type Predicate = (node: ItemNode, context: RankContext) => boolean;

export interface RendererEntry<C> {
  /** A name for tests and for the fallback's message. */
  name: string;
  tester: Tester;
  component: C;
}

/** A tester giving `rank` where the predicate holds. */
export function rankWith(rank: number, predicate: Predicate): Tester {
  return (node, context) => (predicate(node, context) ? rank : NOT_APPLICABLE);
}

export const isType =
  (...types: ItemType[]): Predicate =>
  (node) =>
    types.includes(node.item.type);

export const and =
  (...predicates: Predicate[]): Predicate =>
  (node, context) =>
    predicates.every((p) => p(node, context));

export const not =
  (predicate: Predicate): Predicate =>
  (node, context) =>
    !predicate(node, context);

/** A choice item with at most `max` options (few options read best as radio buttons). */
export const optionCountAtMost =
  (max: number): Predicate =>
  (node) => {
    const options = (node.item as { options?: unknown }).options;
    return Array.isArray(options) && options.length <= max;
  };

/** A life theme item answered with a list. */
export const isMultiple: Predicate = (node) => (node.item as { multiple?: unknown }).multiple === true;

/** A scale whose steps fit in a row of radio buttons. */
export const scaleStepsAtMost =
  (max: number): Predicate =>
  (node) => {
    const item = node.item as { min?: unknown; max?: unknown; step?: unknown };
    if (typeof item.min !== 'number' || typeof item.max !== 'number') return false;
    const step = typeof item.step === 'number' && item.step > 0 ? item.step : 1;
    return (item.max - item.min) / step + 1 <= max;
  };

export const isContainer: Predicate = (node) => node.item.type === 'group' || node.item.type === 'table';

/**
 * The viewer does not answer this item: the form is read-only, the item is server-filled (readOnly), or
 * another role fills it. Groups and tables are not read-only as a whole: their children decide.
 */
export const isReadOnlyFor: Predicate = (node, context) => {
  if (node.item.type === 'display' || isContainer(node, context)) return false;
  if (context.formReadOnly || context.role === null) return true;
  if ((node.item as { readOnly?: unknown }).readOnly === true) return true;
  return !node.filledBy.includes(context.role);
};

/** Every applicable renderer, best first. */
export function rankRenderers<C>(entries: readonly RendererEntry<C>[], node: ItemNode, context: RankContext): { entry: RendererEntry<C>; rank: number }[] {
  return entries
    .map((entry, order) => ({ entry, rank: entry.tester(node, context), order }))
    .filter((ranked) => ranked.rank > NOT_APPLICABLE)
    .sort((a, b) => b.rank - a.rank || a.order - b.order)
    .map(({ entry, rank }) => ({ entry, rank }));
}

/** The best renderer for the item, or null when none applies (the caller shows its fallback). */
export function chooseRenderer<C>(entries: readonly RendererEntry<C>[], node: ItemNode, context: RankContext): RendererEntry<C> | null {
  let best: RendererEntry<C> | null = null;
  let bestRank = NOT_APPLICABLE;
  for (const entry of entries) {
    const rank = entry.tester(node, context);
    if (rank > bestRank) {
      best = entry;
      bestRank = rank;
    }
  }
  return best;
}
