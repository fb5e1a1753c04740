import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates.js';
import { VUM_LIFE_THEMES } from '../vocab/life-themes.js';
import { checkDefinition } from './check-definition.js';
import { isItemEnabled } from './conditions.js';
import { computeDerived } from './derived/index.js';
import { effectiveFilledBy, type ItemPath } from './traverse.js';
import type {
  Answers,
  Condition,
  FormDefinition,
  FormItem,
  FormRole,
  FormSection,
  GroupItem,
  IssueCode,
  TableColumn,
  TableItem,
  ValidationIssue,
} from './types.js';
import { validateResponse } from './validate.js';

/*
 * Property-based tests of the validator over random definitions (every item type, nested groups and tables,
 * conditions, roles) and random answers. The generators come first, the properties at the end.
 */

const RUNS = 500;
const TODAY = '2026-03-01';
const label = { da: 'Etiket', en: 'Label' };
const LIFE_THEME_KEYS = VUM_LIFE_THEMES.map((theme) => theme.key);
const ROLES: FormRole[] = ['AUTHORITY', 'PROVIDER', 'CITIZEN', 'MEETING_KEEPER'];
const CODES: IssueCode[] = [
  'REQUIRED', 'UNKNOWN_ITEM', 'WRONG_TYPE', 'TOO_SHORT', 'TOO_LONG', 'OUT_OF_RANGE', 'NOT_AN_OPTION',
  'INVALID_DATE', 'TOO_FEW', 'TOO_MANY', 'HIDDEN_ANSWERED', 'NOT_YOURS',
];

/* ---------- Definitions ---------- */

/** An item before ids and conditions are settled: `when` picks an earlier visible item to depend on. */
type Draft = { type: FormItem['type']; when: WhenSeed | null; children?: Draft[]; rowCount?: number } & Record<string, unknown>;
type WhenSeed = { pick: number; operator: Condition['operator']; seed: number; any: boolean; twice: boolean };

const when: fc.Arbitrary<WhenSeed | null> = fc.option(
  fc.record({
    pick: fc.nat(),
    operator: fc.constantFrom<Condition['operator']>('exists', 'notExists', 'equals', 'notEquals', 'includes', 'greaterThan', 'lessThan'),
    seed: fc.nat(),
    any: fc.boolean(),
    twice: fc.boolean(),
  }),
  { freq: 3 },
);
const required = fc.boolean();
const filledBy = fc.option(fc.subarray(ROLES, { minLength: 1 }), { freq: 4, nil: undefined });
const options = fc.integer({ min: 1, max: 5 }).map((n) => Array.from({ length: n }, (_, i) => ({ value: `o${i}`, label })));

const textDraft = fc.record({
  type: fc.constantFrom('text' as const, 'longText' as const),
  minLength: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  maxLength: fc.option(fc.integer({ min: 5, max: 40 }), { nil: undefined }),
  required,
  when,
  filledBy,
});
const yesNoDraft = fc.record({ type: fc.constant('yesNo' as const), required, when, filledBy });
const singleDraft = fc.record({ type: fc.constant('singleChoice' as const), options, required, when, filledBy });
const multipleDraft = options.chain((opts) =>
  fc
    .record({
      type: fc.constant('multipleChoice' as const),
      options: fc.constant(opts),
      minSelected: fc.option(fc.integer({ min: 0, max: opts.length }), { nil: undefined }),
      maxSelected: fc.option(fc.integer({ min: 1, max: opts.length }), { nil: undefined }),
      required,
      when,
      filledBy,
    })
    .map((d) => (d.minSelected !== undefined && d.maxSelected !== undefined && d.minSelected > d.maxSelected ? { ...d, minSelected: d.maxSelected } : d)),
);
const dateDraft = fc.record({
  type: fc.constant('date' as const),
  min: fc.constantFrom(undefined, 'today', '2020-01-01', '2026-02-15'),
  max: fc.constantFrom(undefined, '2030-12-31', '2026-06-30'),
  required,
  when,
  filledBy,
});
const numberDraft = fc
  .record({
    type: fc.constant('number' as const),
    min: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
    span: fc.integer({ min: 0, max: 1000 }),
    hasMax: fc.boolean(),
    integer: fc.option(fc.boolean(), { nil: undefined }),
    required,
    when,
    filledBy,
  })
  .map(({ span, hasMax, ...d }) => ({ ...d, max: hasMax ? (d.min ?? 0) + span : undefined }));
const scaleDraft = fc
  .record({
    type: fc.constant('scale' as const),
    min: fc.integer({ min: -2, max: 2 }),
    steps: fc.integer({ min: 1, max: 10 }),
    step: fc.option(fc.constantFrom(1, 2, 5), { nil: undefined }),
    required,
    when,
    filledBy,
  })
  .map(({ steps, ...d }) => ({ ...d, max: d.min + steps * (d.step ?? 1), minLabel: label, maxLabel: label }));
const lifeThemeDraft = fc.record({
  type: fc.constant('lifeTheme' as const),
  multiple: fc.option(fc.boolean(), { nil: undefined }),
  minSelected: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  maxSelected: fc.option(fc.integer({ min: 3, max: 11 }), { nil: undefined }),
  required,
  when,
  filledBy,
});
const participantsDraft = fc.record({
  type: fc.constant('participants' as const),
  minCount: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  maxCount: fc.option(fc.integer({ min: 3, max: 6 }), { nil: undefined }),
  required,
  when,
  filledBy,
});
const signatureDraft = fc.record({ type: fc.constant('signature' as const), required, when, filledBy });
const displayDraft = fc.record({ type: fc.constant('display' as const), when, filledBy });
const columnDraft = fc.oneof(textDraft, yesNoDraft, singleDraft, numberDraft, scaleDraft, dateDraft);
const tableDraft = fc.record({
  type: fc.constant('table' as const),
  rowCount: fc.integer({ min: 1, max: 4 }),
  children: fc.array(columnDraft, { minLength: 1, maxLength: 3 }),
  required,
  when,
  filledBy,
});
const leafDraft = fc.oneof(
  textDraft,
  yesNoDraft,
  singleDraft,
  multipleDraft,
  dateDraft,
  numberDraft,
  scaleDraft,
  lifeThemeDraft,
  participantsDraft,
  signatureDraft,
  displayDraft,
) as fc.Arbitrary<Draft>;

function groupDraft(depth: number): fc.Arbitrary<Draft> {
  return fc
    .record({
      type: fc.constant('group' as const),
      minCount: fc.integer({ min: 0, max: 2 }),
      extra: fc.integer({ min: 0, max: 2 }),
      children: fc.array(itemDraft(depth + 1), { minLength: 1, maxLength: 4 }),
      required,
      when,
      filledBy,
    })
    .map(({ extra, ...d }) => ({ ...d, maxCount: Math.max(1, d.minCount + extra) })) as fc.Arbitrary<Draft>;
}

function itemDraft(depth: number): fc.Arbitrary<Draft> {
  const table = tableDraft as fc.Arbitrary<Draft>;
  if (depth >= 2) return fc.oneof({ weight: 6, arbitrary: leafDraft }, { weight: 1, arbitrary: table });
  return fc.oneof({ weight: 7, arbitrary: leafDraft }, { weight: 1, arbitrary: table }, { weight: 2, arbitrary: groupDraft(depth) });
}

function conditionOn(target: FormItem, operator: Condition['operator'], seed: number): Condition {
  if (operator === 'exists' || operator === 'notExists') return { item: target.id, operator };
  let value: string | number | boolean;
  switch (target.type) {
    case 'yesNo':
      value = seed % 2 === 0;
      break;
    case 'singleChoice':
    case 'multipleChoice':
      value = target.options[seed % target.options.length].value;
      break;
    case 'number':
    case 'scale':
      value = (seed % 21) - 5;
      break;
    case 'lifeTheme':
      value = LIFE_THEME_KEYS[seed % LIFE_THEME_KEYS.length];
      break;
    case 'date':
      value = addDays(TODAY, (seed % 200) - 100);
      break;
    default:
      value = seed % 3 === 0 ? 'x' : `value${seed % 5}`;
  }
  // Comparisons need a number or a string to compare with.
  if ((operator === 'greaterThan' || operator === 'lessThan') && typeof value === 'boolean') value = seed % 5;
  return { item: target.id, operator, value };
}

/** Turns drafts into items: ids i0, i1, ... and conditions on earlier items the item can see. */
function settle(drafts: Draft[], visible: FormItem[], counter: { n: number }): FormItem[] {
  const scope = [...visible];
  const items: FormItem[] = [];
  for (const draft of drafts) {
    const { when: seed, children, rowCount, ...rest } = draft;
    const item: Record<string, unknown> = { ...rest, id: `i${counter.n++}`, label };
    for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
    if (draft.type === 'display') item.text = label;
    const targets = scope.filter((candidate) => candidate.type !== 'display');
    if (seed && targets.length > 0) {
      const conditions = [conditionOn(targets[seed.pick % targets.length], seed.operator, seed.seed)];
      if (seed.twice) conditions.push(conditionOn(targets[(seed.pick + 1) % targets.length], 'exists', 0));
      item.enableWhen = conditions;
      if (seed.any) item.enableBehavior = 'any';
    }
    if (draft.type === 'group') item.items = settle(children ?? [], scope, counter);
    if (draft.type === 'table') {
      item.rows = Array.from({ length: rowCount ?? 1 }, (_, r) => ({ id: `r${r}`, label }));
      // The first column is always shown, so that a required table can always be answered.
      const [first, ...others] = children ?? [];
      item.columns = settle([{ ...first, when: null }, ...others], scope, counter);
    }
    items.push(item as unknown as FormItem);
    scope.push(item as unknown as FormItem);
  }
  return items;
}

/** A random, sound definition: 1-3 sections of 1-6 items, every type, nested groups and tables, conditions. */
const definitionArb: fc.Arbitrary<FormDefinition> = fc
  .record({
    sections: fc.array(
      fc.record({
        items: fc.array(itemDraft(0), { minLength: 1, maxLength: 6 }),
        conditional: fc.option(fc.nat(), { freq: 4 }),
        filledBy,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    filledBy: fc.subarray(ROLES, { minLength: 1 }),
  })
  .map(({ sections, filledBy: defaultRoles }) => {
    const counter = { n: 0 };
    const visible: FormItem[] = [];
    const settled: FormSection[] = sections.map((section, s) => {
      const result: FormSection = { id: `section${s}`, title: label, items: [] };
      if (section.filledBy) result.filledBy = section.filledBy;
      const targets = visible.filter((item) => item.type !== 'display');
      if (section.conditional !== null && targets.length > 0) {
        result.enableWhen = [conditionOn(targets[section.conditional % targets.length], 'exists', 0)];
      }
      result.items = settle(section.items, visible, counter);
      visible.push(...result.items);
      return result;
    });
    return { key: 'generated', version: 1, title: label, source: 'fast-check', subject: 'CITIZEN', filledBy: defaultRoles, sections: settled } as FormDefinition;
  });

/* ---------- Answers ---------- */

type Draw = <T>(arb: fc.Arbitrary<T>) => T;
type Gen = fc.GeneratorValue;

/** fast-check's fc.gen() takes an arbitrary's builder; this takes the arbitrary. */
function drawFrom(g: Gen): Draw {
  return (arb) => g(() => arb);
}

/**
 * A complete valid answer set for submit mode: every shown required item answered, optional ones at random,
 * hidden ones left out. Conditions only look back, so the answers built so far settle each item's visibility.
 */
function buildValidAnswers(definition: FormDefinition, draw: Draw): Answers {
  const answers: Answers = {};
  for (const section of definition.sections) for (const item of section.items) fillItem(definition, answers, answers, [], item, draw);
  return answers;
}

function fillItem(definition: FormDefinition, root: Answers, holder: Answers, prefix: ItemPath, item: FormItem, draw: Draw, force = false): void {
  if (item.type === 'display') return;
  const path = [...prefix, item.id];
  if (!isItemEnabled(definition, path, root)) return;
  if (!force && !(item as { required?: boolean }).required && draw(fc.integer({ min: 0, max: 3 })) === 0) return;
  if (item.type === 'group') {
    const group = item as GroupItem;
    const entries: Answers[] = [];
    holder[item.id] = entries;
    const count = draw(fc.integer({ min: Math.max(1, group.minCount), max: group.maxCount }));
    for (let i = 0; i < count; i += 1) {
      const entry: Answers = {};
      entries.push(entry);
      for (const child of group.items) fillItem(definition, root, entry, [...path, i], child, draw);
    }
    return;
  }
  if (item.type === 'table') {
    const table = item as TableItem;
    const value: Record<string, Answers> = {};
    holder[item.id] = value;
    table.rows.forEach((row, r) => {
      value[row.id] = {};
      // The first cell (its column is always shown) is always filled: a table with no cell counts as unanswered.
      table.columns.forEach((column, c) => {
        fillItem(definition, root, value[row.id], [...path, row.id], column as FormItem, draw, r === 0 && c === 0);
      });
    });
    return;
  }
  holder[item.id] = leafValue(item, draw);
}

const LETTERS = fc.string({ unit: fc.constantFrom('a', 'b', 'æ', 'ø', 'å', ' ', '1'), maxLength: 40 });

function leafValue(item: FormItem | TableColumn, draw: Draw): Answers[string] {
  switch (item.type) {
    case 'text':
    case 'longText': {
      const max = item.maxLength ?? (item.type === 'text' ? 500 : 20_000);
      const min = Math.max(1, item.minLength ?? 0);
      const text = `x${draw(LETTERS)}`.slice(0, max);
      return text.length >= min ? text : text + 'y'.repeat(min - text.length);
    }
    case 'yesNo':
      return draw(fc.boolean());
    case 'singleChoice':
      return draw(fc.constantFrom(...item.options.map((o) => o.value)));
    case 'multipleChoice': {
      const low = Math.max(1, item.minSelected ?? 0);
      const high = Math.min(item.maxSelected ?? item.options.length, item.options.length);
      return draw(fc.shuffledSubarray(item.options.map((o) => o.value), { minLength: low, maxLength: Math.max(low, high) }));
    }
    case 'date': {
      const min = item.min === 'today' ? TODAY : (item.min ?? '2000-01-01');
      const max = item.max === 'today' ? TODAY : (item.max ?? '2035-12-31');
      const date = addDays(min, draw(fc.integer({ min: 0, max: 400 })));
      // biome-ignore lint/complexity/useMathMinMax: ISO date strings, compared as strings
      return date > max ? max : date;
    }
    case 'number': {
      const min = item.min ?? -1000;
      const max = item.max ?? min + 5000;
      const n = draw(fc.integer({ min, max }));
      return item.integer === true || n === max ? n : n + draw(fc.constantFrom(0, 0.25, 0.5));
    }
    case 'scale': {
      const step = item.step ?? 1;
      return item.min + step * draw(fc.integer({ min: 0, max: Math.round((item.max - item.min) / step) }));
    }
    case 'lifeTheme': {
      if (!item.multiple) return draw(fc.constantFrom(...LIFE_THEME_KEYS));
      const low = Math.max(1, item.minSelected ?? 0);
      const high = Math.min(item.maxSelected ?? LIFE_THEME_KEYS.length, LIFE_THEME_KEYS.length);
      return draw(fc.shuffledSubarray(LIFE_THEME_KEYS, { minLength: low, maxLength: Math.max(low, high) }));
    }
    case 'participants': {
      const count = draw(fc.integer({ min: Math.max(1, item.minCount ?? 0), max: item.maxCount ?? 5 }));
      return Array.from({ length: count }, (_, i) =>
        i % 2 === 0 ? { name: `Person ${i}`, role: 'Deltager' } : { name: `Person ${i}`, role: 'Rådgiver', organization: null },
      );
    }
    case 'signature':
      return { name: 'Anna Jensen', role: 'Sagsbehandler', date: TODAY };
    default:
      return null;
  }
}

/** A value of the wrong JSON kind for an item (never one that counts as "no answer"). */
function wrongValueArb(item: FormItem): fc.Arbitrary<unknown> {
  const object = fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.jsonValue({ maxDepth: 1 }), { minKeys: 1, maxKeys: 2 });
  const list = fc.array(fc.jsonValue({ maxDepth: 1 }), { minLength: 1, maxLength: 3 });
  const text = fc.string({ maxLength: 6 });
  const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  switch (item.type) {
    case 'text':
    case 'longText':
    case 'date':
    case 'singleChoice':
      return fc.oneof(number, fc.boolean(), list, object);
    case 'lifeTheme':
      return item.multiple ? fc.oneof(text, number, fc.boolean(), object) : fc.oneof(number, fc.boolean(), list, object);
    case 'yesNo':
      return fc.oneof(text, number, list, object);
    case 'number':
    case 'scale':
      return fc.oneof(text, fc.boolean(), list, object);
    case 'multipleChoice':
    case 'participants':
    case 'group':
      return fc.oneof(text, number, fc.boolean(), object);
    case 'signature':
    case 'table':
      return fc.oneof(text, number, fc.boolean(), list);
    default:
      return fc.oneof(text, number, fc.boolean(), list, object);
  }
}

/** Every place an item's answer can go in a valid answer set, with the item. */
function answerSlots(definition: FormDefinition, answers: Answers): { path: ItemPath; item: FormItem }[] {
  const slots: { path: ItemPath; item: FormItem }[] = [];
  const visit = (items: readonly FormItem[], holder: Answers, prefix: ItemPath) => {
    for (const item of items) {
      const path = [...prefix, item.id];
      slots.push({ path, item });
      const value = holder[item.id];
      if (item.type === 'group' && Array.isArray(value)) {
        value.forEach((entry, i) => {
          visit(item.items, entry as Answers, [...path, i]);
        });
      }
      if (item.type === 'table' && value && typeof value === 'object' && !Array.isArray(value)) {
        for (const row of item.rows) {
          const cells = (value as Record<string, Answers>)[row.id];
          if (cells) visit(item.columns as FormItem[], cells, [...path, row.id]);
        }
      }
    }
  };
  for (const section of definition.sections) visit(section.items, answers, []);
  return slots;
}

/** A copy of `answers` with the value at `path` replaced (undefined removes it). */
function setAt(answers: Answers, path: ItemPath, value: unknown): Answers {
  const copy = structuredClone(answers);
  let holder = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  if (value === undefined) delete holder[path[path.length - 1]];
  else holder[path[path.length - 1]] = value;
  return copy;
}

/** Whether removing the answer at `path` would leave its table with no cell (a table with none counts as unanswered). */
function emptiesTable(answers: Answers, path: ItemPath): boolean {
  if (path.length < 3 || typeof path[path.length - 2] !== 'string') return false;
  let table: unknown = answers;
  for (const step of path.slice(0, -2)) table = (table as Record<string | number, unknown>)?.[step];
  if (!table || typeof table !== 'object' || Array.isArray(table)) return false;
  const cells = Object.values(table as Record<string, Answers>).reduce((n, row) => n + Object.keys(row ?? {}).length, 0);
  return cells <= 1;
}

/** A definition with a valid answer set for it. */
const validCase = fc.tuple(definitionArb, fc.gen()).map(([definition, g]) => ({ definition, answers: buildValidAnswers(definition, drawFrom(g)) }));

/** Junk: any JSON, or a valid answer set with random keys replaced by random JSON. */
const anyAnswers = (definition: FormDefinition) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.constantFrom(null, undefined, [], {}, 'x'.repeat(100_000)),
    fc.gen().chain((g) => {
      const answers = buildValidAnswers(definition, drawFrom(g));
      const slots = answerSlots(definition, answers);
      return fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })), { maxLength: 4 }).map((changes) =>
        changes.reduce<Answers>((acc, [pick, value]) => {
          const slot = slots[pick % slots.length];
          try {
            return setAt(acc, slot.path, value);
          } catch {
            return acc; // the slot's entry was replaced by an earlier change
          }
        }, answers),
      );
    }),
  );

const contextArb = fc.record({
  mode: fc.constantFrom('draft' as const, 'submit' as const),
  today: fc.constantFrom(TODAY, '2024-02-29', 'not a date'),
  role: fc.option(fc.constantFrom(...ROLES), { nil: undefined }),
});

function wellFormed(issues: ValidationIssue[]): void {
  expect(Array.isArray(issues)).toBe(true);
  for (const issue of issues) {
    expect(CODES).toContain(issue.code);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const step of issue.path) expect(['string', 'number']).toContain(typeof step);
    expect(typeof issue.message.da).toBe('string');
    expect(typeof issue.message.en).toBe('string');
    expect(issue.message.da.length).toBeGreaterThan(0);
    expect(issue.message.en.length).toBeGreaterThan(0);
  }
}

const key = (path: ItemPath) => JSON.stringify(path);

/* ---------- Properties ---------- */

describe('validateResponse properties (fast-check)', () => {
  it('generated definitions are sound (checkDefinition finds nothing)', () => {
    fc.assert(
      fc.property(definitionArb, (definition) => {
        expect(checkDefinition(definition)).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('never throws and always returns well-formed issues, for any answers and context', () => {
    fc.assert(
      fc.property(
        definitionArb.chain((definition) => fc.tuple(fc.constant(definition), anyAnswers(definition), contextArb)),
        ([definition, answers, context]) => {
          wellFormed(validateResponse(definition, answers, context));
          expect(() => computeDerived({ ...definition, derived: ['complexityRecommendation', 'goalSmartness', 'followUpDates'] }, answers)).not.toThrow();
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('never throws on a junk definition either', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.jsonValue({ maxDepth: 3 }), contextArb, (definition, answers, context) => {
        wellFormed(validateResponse(definition as unknown as FormDefinition, answers, context));
        expect(Array.isArray(checkDefinition(definition as unknown as FormDefinition))).toBe(true);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('accepts a complete valid answer set in submit mode (and after a JSON round trip, and as a draft)', () => {
    fc.assert(
      fc.property(validCase, ({ definition, answers }) => {
        expect(validateResponse(definition, answers, { mode: 'submit', today: TODAY })).toEqual([]);
        expect(validateResponse(definition, answers, { mode: 'draft', today: TODAY })).toEqual([]);
        const copy = JSON.parse(JSON.stringify({ definition, answers }));
        expect(validateResponse(copy.definition, copy.answers, { mode: 'submit', today: TODAY })).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('reports UNKNOWN_ITEM at every key the definition does not have (top level and in group entries)', () => {
    fc.assert(
      fc.property(
        validCase,
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.jsonValue({ maxDepth: 2 }),
        fc.nat(),
        ({ definition, answers }, extraKey, value, pick) => {
          const known = new Set(answerSlots(definition, {}).map((slot) => slot.item.id));
          fc.pre(!known.has(extraKey));
          const top = validateResponse(definition, { ...answers, [extraKey]: value }, { mode: 'draft', today: TODAY });
          expect(top.map((issue) => [key(issue.path), issue.code])).toContainEqual([key([extraKey]), 'UNKNOWN_ITEM']);
          // Inside an existing group entry or table row too.
          const holders = answerSlots(definition, answers).filter(({ item }) => item.type === 'group' || item.type === 'table');
          for (const { path, item } of holders.slice(pick % Math.max(1, holders.length), (pick % Math.max(1, holders.length)) + 1)) {
            let holder: unknown = answers;
            for (const step of path) holder = (holder as Record<string | number, unknown>)?.[step];
            const inner = item.type === 'group' ? (Array.isArray(holder) && holder.length > 0 ? 0 : null) : holder && typeof holder === 'object' ? Object.keys(holder)[0] : null;
            if (inner === null || inner === undefined) continue;
            const entryPath = [...path, inner];
            let entry: unknown = answers;
            for (const step of entryPath) entry = (entry as Record<string | number, unknown>)[step];
            const changed = setAt(answers, entryPath, { ...(entry as object), [extraKey]: value });
            const nested = validateResponse(definition, changed, { mode: 'draft', today: TODAY });
            expect(nested.map((issue) => [key(issue.path), issue.code])).toContainEqual([key([...entryPath, extraKey]), 'UNKNOWN_ITEM']);
          }
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('reports an issue at the path of any item given a value of the wrong JSON type', () => {
    fc.assert(
      fc.property(
        validCase.chain(({ definition, answers }) => {
          const slots = answerSlots(definition, answers);
          return fc.constantFrom(...slots).chain((slot) => fc.tuple(fc.constant({ definition, answers, slot }), wrongValueArb(slot.item), contextArb));
        }),
        ([{ definition, answers, slot }, value, context]) => {
          const issues = validateResponse(definition, setAt(answers, slot.path, value), context);
          // With a role, a group or table wholly filled by others is refused as a whole (NOT_YOURS at the group).
          const covered = issues.some(
            (issue) =>
              key(issue.path) === key(slot.path) ||
              (issue.code === 'NOT_YOURS' && issue.path.length < slot.path.length && key(issue.path) === key(slot.path.slice(0, issue.path.length))),
          );
          expect(covered).toBe(true);
          if (context.role === undefined) expect(issues.map((issue) => key(issue.path))).toContain(key(slot.path));
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('never reports REQUIRED (nor TOO_FEW, TOO_SHORT) in draft mode', () => {
    fc.assert(
      fc.property(
        definitionArb.chain((definition) => fc.tuple(fc.constant(definition), anyAnswers(definition), fc.gen())),
        ([definition, answers, g]) => {
          // Also a valid set with random answers removed: what a half-filled draft looks like.
          const valid = buildValidAnswers(definition, drawFrom(g));
          const slots = answerSlots(definition, valid);
          const draw = drawFrom(g);
          const removed = draw(fc.subarray(slots.filter((slot) => slot.path.length === 1 || draw(fc.boolean()))));
          let partial = valid;
          for (const slot of removed) {
            try {
              partial = setAt(partial, slot.path, undefined);
            } catch {
              // inside an entry removed before
            }
          }
          for (const candidate of [answers, partial]) {
            const codes = validateResponse(definition, candidate, { mode: 'draft', today: TODAY }).map((issue) => issue.code);
            expect(codes).not.toContain('REQUIRED');
            expect(codes).not.toContain('TOO_FEW');
            expect(codes).not.toContain('TOO_SHORT');
          }
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('reports REQUIRED at the path of a removed required answer', () => {
    fc.assert(
      fc.property(
        validCase
          .map(({ definition, answers }) => ({
            definition,
            answers,
            removable: answerSlots(definition, answers).filter(
              ({ path, item }) =>
                (item as { required?: boolean }).required === true && isItemEnabled(definition, path, answers) && !emptiesTable(answers, path),
            ),
          }))
          .filter(({ removable }) => removable.length > 0)
          .chain(({ definition, answers, removable }) => fc.tuple(fc.constant({ definition, answers }), fc.constantFrom(...removable))),
        ([{ definition, answers }, slot]) => {
          const issues = validateResponse(definition, setAt(answers, slot.path, undefined), { mode: 'submit', today: TODAY });
          expect(issues.map((issue) => [key(issue.path), issue.code])).toContainEqual([key(slot.path), 'REQUIRED']);
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it("reports NOT_YOURS only at other roles' items, and never for answers sent back unchanged", () => {
    fc.assert(
      fc.property(validCase, fc.constantFrom(...ROLES), ({ definition, answers }, role) => {
        const issues = validateResponse(definition, answers, { mode: 'submit', today: TODAY, role });
        expect(new Set(issues.map((issue) => issue.code))).toEqual(new Set(issues.length ? ['NOT_YOURS'] : []));
        for (const issue of issues) {
          const id = [...issue.path].reverse().find((step): step is string => typeof step === 'string' && effectiveFilledBy(definition, step).length > 0);
          expect(id).toBeDefined();
          expect(effectiveFilledBy(definition, id as string)).not.toContain(role);
        }
        expect(validateResponse(definition, answers, { mode: 'submit', today: TODAY, role, previous: structuredClone(answers) })).toEqual([]);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
