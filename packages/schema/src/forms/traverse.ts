import type {
  Condition,
  FormDefinition,
  FormItem,
  FormRole,
  FormSection,
  GroupItem,
  ItemId,
  TableItem,
} from './types.js';

/** Where an answer sits in a response: ['purpose'], ['goals', 1, 'deadline'] or ['statements', 's3', 'comment']. */
export type ItemPath = (string | number)[];

/** Every role, in a fixed order. */
export const FORM_ROLES: readonly FormRole[] = ['AUTHORITY', 'PROVIDER', 'CITIZEN', 'MEETING_KEEPER'];

/** Groups and tables nest more deeply than this only in broken definitions; the walk stops there. */
const MAX_NESTING = 16;

/** One item of a definition as the engine sees it: the item with everything resolved from its surroundings. */
export interface ItemNode {
  id: ItemId;
  item: FormItem;
  section: SectionNode;
  /** The group or table holding the item, or null for an item directly in a section. */
  parent: ItemNode | null;
  /** Ids from the top level down to the item, e.g. ['goals', 'deadline'] (no entry indexes or row ids). */
  idPath: readonly ItemId[];
  /** Who fills the item: its own filledBy, else its group's or table's, else its section's, else the definition's. */
  filledBy: readonly FormRole[];
  /** The roles filling this item or anything inside it. */
  subtreeRoles: ReadonlySet<FormRole>;
  conditions: readonly Condition[] | null;
  enableBehavior: 'all' | 'any';
  /** Children of a group, or the columns of a table. */
  children: ItemNode[];
  childById: Map<ItemId, ItemNode>;
  /** A table's row ids, in order. */
  rowIds: string[];
  rowIdSet: Set<string>;
  /** Option values of a choice item. */
  options: Set<string> | null;
}

export interface SectionNode {
  section: FormSection;
  index: number;
  filledBy: readonly FormRole[];
  conditions: readonly Condition[] | null;
  enableBehavior: 'all' | 'any';
  items: ItemNode[];
}

/** A definition prepared for validation; built once per definition object and cached. */
export interface DefinitionIndex {
  definition: FormDefinition;
  sections: SectionNode[];
  /** Every item by id (first occurrence when ids repeat, which checkDefinition reports). */
  nodes: Map<ItemId, ItemNode>;
  /** Items directly in a section, by id: the only keys a response may have at its top level. */
  topLevel: Map<ItemId, ItemNode>;
  /** Every node in walk order (a parent before its children). */
  all: ItemNode[];
}

const cache = new WeakMap<object, DefinitionIndex>();
/** Leaves share these empty collections (never written to), so building an index allocates little. */
const NO_CHILDREN: ItemNode[] = [];
const NO_CHILD_IDS = new Map<ItemId, ItemNode>();
const NO_ROWS: string[] = [];
const NO_ROW_IDS = new Set<string>();
const roleSets = new WeakMap<readonly FormRole[], ReadonlySet<FormRole>>();

function roleSet(roles: readonly FormRole[]): ReadonlySet<FormRole> {
  let set = roleSets.get(roles);
  if (!set) {
    set = new Set(roles);
    roleSets.set(roles, set);
  }
  return set;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rolesOf(value: unknown): FormRole[] | null {
  if (!Array.isArray(value)) return null;
  const roles = value.filter((role): role is FormRole => FORM_ROLES.includes(role as FormRole));
  return roles.length > 0 || value.length === 0 ? roles : null;
}

function conditionsOf(value: unknown): Condition[] | null {
  if (!Array.isArray(value)) return null;
  const conditions = value.filter((c): c is Condition => isObject(c) && typeof c.item === 'string');
  return conditions.length > 0 ? conditions : null;
}

/**
 * Prepares a definition for the engine: ids, parents, effective filledBy, option sets. Definitions are
 * treated as immutable data: the result is cached per definition object, so a changed definition must be
 * a new object. Tolerates malformed definitions (skips what it cannot read); checkDefinition reports them.
 */
export function indexDefinition(definition: FormDefinition): DefinitionIndex {
  if (isObject(definition)) {
    const cached = cache.get(definition);
    if (cached) return cached;
  }
  const index = buildIndex(definition);
  if (isObject(definition)) cache.set(definition, index);
  return index;
}

function buildIndex(definition: FormDefinition): DefinitionIndex {
  const index: DefinitionIndex = { definition, sections: [], nodes: new Map(), topLevel: new Map(), all: [] };
  if (!isObject(definition)) return index;
  const defaultRoles = rolesOf(definition.filledBy) ?? [];
  const sections = Array.isArray(definition.sections) ? definition.sections : [];
  sections.forEach((section, sectionIndex) => {
    if (!isObject(section)) return;
    const sectionNode: SectionNode = {
      section,
      index: sectionIndex,
      filledBy: rolesOf(section.filledBy) ?? defaultRoles,
      conditions: conditionsOf(section.enableWhen),
      enableBehavior: section.enableBehavior === 'any' ? 'any' : 'all',
      items: [],
    };
    index.sections.push(sectionNode);
    for (const item of Array.isArray(section.items) ? section.items : []) {
      const node = buildNode(index, item, sectionNode, null, sectionNode.filledBy, 0);
      if (node) {
        sectionNode.items.push(node);
        if (!index.topLevel.has(node.id)) index.topLevel.set(node.id, node);
      }
    }
  });
  return index;
}

function buildNode(
  index: DefinitionIndex,
  item: unknown,
  section: SectionNode,
  parent: ItemNode | null,
  inherited: readonly FormRole[],
  depth: number,
): ItemNode | null {
  if (!isObject(item) || typeof item.id !== 'string' || depth > MAX_NESTING) return null;
  const formItem = item as unknown as FormItem;
  const filledBy = item.filledBy === undefined ? inherited : (rolesOf(item.filledBy) ?? inherited);
  const container = item.type === 'group' || item.type === 'table';
  const node: ItemNode = {
    id: item.id,
    item: formItem,
    section,
    parent,
    idPath: parent ? [...parent.idPath, item.id] : [item.id],
    filledBy,
    subtreeRoles: container ? new Set(filledBy) : roleSet(filledBy),
    conditions: item.enableWhen === undefined ? null : conditionsOf(item.enableWhen),
    enableBehavior: item.enableBehavior === 'any' ? 'any' : 'all',
    children: container ? [] : NO_CHILDREN,
    childById: container ? new Map() : NO_CHILD_IDS,
    rowIds: item.type === 'table' ? [] : NO_ROWS,
    rowIdSet: item.type === 'table' ? new Set() : NO_ROW_IDS,
    options: null,
  };
  if (!index.nodes.has(node.id)) index.nodes.set(node.id, node);
  index.all.push(node);
  if (item.type === 'singleChoice' || item.type === 'multipleChoice') {
    const options = Array.isArray(item.options) ? item.options : [];
    node.options = new Set(options.filter(isObject).map((option) => option.value).filter((v): v is string => typeof v === 'string'));
  }
  const childItems = item.type === 'group' ? item.items : item.type === 'table' ? item.columns : null;
  if (Array.isArray(childItems)) {
    for (const child of childItems) {
      const childNode = buildNode(index, child, section, node, filledBy, depth + 1);
      if (!childNode) continue;
      node.children.push(childNode);
      if (!node.childById.has(childNode.id)) node.childById.set(childNode.id, childNode);
      for (const role of childNode.subtreeRoles) (node.subtreeRoles as Set<FormRole>).add(role);
    }
  }
  if (item.type === 'table' && Array.isArray(item.rows)) {
    for (const row of item.rows) {
      if (isObject(row) && typeof row.id === 'string' && !node.rowIdSet.has(row.id)) {
        node.rowIds.push(row.id);
        node.rowIdSet.add(row.id);
      }
    }
  }
  return node;
}

/** Where an item sits in a definition. */
export interface ItemLocation {
  item: FormItem;
  section: FormSection;
  /** The group or table holding it, nearest last (empty for items directly in a section). */
  ancestors: (GroupItem | TableItem)[];
  /** Ids from the top level down to the item, e.g. ['goals', 'deadline']. */
  idPath: ItemId[];
  /** Effective filledBy. */
  filledBy: FormRole[];
}

function locationOf(node: ItemNode): ItemLocation {
  const ancestors: (GroupItem | TableItem)[] = [];
  for (let p = node.parent; p; p = p.parent) ancestors.unshift(p.item as GroupItem | TableItem);
  return { item: node.item, section: node.section.section, ancestors, idPath: [...node.idPath], filledBy: [...node.filledBy] };
}

/** Visits every item (groups and tables before their children, table columns included) in definition order. */
export function walkItems(definition: FormDefinition, visit: (location: ItemLocation) => void): void {
  for (const node of indexDefinition(definition).all) visit(locationOf(node));
}

/** The item with this id anywhere in the definition (also inside groups and tables), or undefined. */
export function findItem(definition: FormDefinition, id: ItemId): ItemLocation | undefined {
  const node = indexDefinition(definition).nodes.get(id);
  return node ? locationOf(node) : undefined;
}

/** The roles that fill an item: its own filledBy, else its group's/table's, its section's, the definition's. */
export function effectiveFilledBy(definition: FormDefinition, id: ItemId): FormRole[] {
  const node = indexDefinition(definition).nodes.get(id);
  return node ? [...node.filledBy] : [];
}

/** Whether `role` fills this item (the renderer shows other roles' items read-only). */
export function isFilledBy(definition: FormDefinition, id: ItemId, role: FormRole): boolean {
  return indexDefinition(definition).nodes.get(id)?.filledBy.includes(role) ?? false;
}
