import { describe, expect, it } from 'vitest';
import { BINDING_ITEM_TYPES, checkDefinition, type DefinitionProblemCode } from './check-definition.js';
import { engineExampleDefinition } from './examples/engine-example.js';
import { BINDING_TARGETS, type FormDefinition, type FormItem } from './types.js';

const label = { da: 'Etiket', en: 'Label' };

function withItems(items: unknown[], extra: Partial<FormDefinition> = {}): FormDefinition {
  return {
    key: 'test-form',
    version: 1,
    title: label,
    source: 'test',
    subject: 'CITIZEN',
    filledBy: ['AUTHORITY'],
    sections: [{ id: 'main', title: label, items: items as FormItem[] }],
    ...extra,
  };
}

function codes(definition: unknown): [string, DefinitionProblemCode][] {
  return checkDefinition(definition as FormDefinition).map((p) => [p.path.join('.'), p.code]);
}

const text = (id: string, more: object = {}) => ({ id, type: 'text', label, ...more });

describe('checkDefinition', () => {
  it('passes the engine example', () => {
    expect(checkDefinition(engineExampleDefinition)).toEqual([]);
  });

  it('knows the item types of every binding target', () => {
    expect(BINDING_TARGETS.filter((target) => !BINDING_ITEM_TYPES[target])).toEqual([]);
  });

  it('finds repeated ids anywhere, also inside groups and tables', () => {
    const group = { id: 'g', type: 'group', label, minCount: 0, maxCount: 2, items: [text('a')] };
    const table = { id: 't', type: 'table', label, rows: [{ id: 'r', label }], columns: [text('g')] };
    expect(codes(withItems([text('a'), group, table]))).toEqual([
      ['sections.0.items.1.items.0.id', 'DUPLICATE'],
      ['sections.0.items.2.columns.0.id', 'DUPLICATE'],
    ]);
  });

  it('finds repeated sections, rows and options', () => {
    const choice = { id: 'c', type: 'singleChoice', label, options: [{ value: 'A', label }, { value: 'A', label }] };
    const table = { id: 't', type: 'table', label, rows: [{ id: 'r', label }, { id: 'r', label }], columns: [text('x')] };
    const definition = withItems([choice, table]);
    definition.sections.push({ id: 'main', title: label, items: [text('y') as FormItem] });
    expect(codes(definition)).toEqual([
      ['sections.0.items.0.options.1', 'DUPLICATE'],
      ['sections.0.items.1.rows.1', 'DUPLICATE'],
      ['sections.1.id', 'DUPLICATE'],
    ]);
  });

  it('wants options, group items, table rows and columns', () => {
    expect(codes(withItems([
      { id: 'c', type: 'multipleChoice', label, options: [] },
      { id: 'g', type: 'group', label, minCount: 0, maxCount: 1, items: [] },
      { id: 't', type: 'table', label, rows: [], columns: [] },
    ]))).toEqual([
      ['sections.0.items.0.options', 'EMPTY'],
      ['sections.0.items.1.items', 'EMPTY'],
      ['sections.0.items.2.rows', 'EMPTY'],
      ['sections.0.items.2.columns', 'EMPTY'],
    ]);
  });

  it('wants minimums not above maximums', () => {
    expect(codes(withItems([
      text('a', { minLength: 10, maxLength: 5 }),
      { id: 'n', type: 'number', label, min: 3, max: 1 },
      { id: 'g', type: 'group', label, minCount: 3, maxCount: 1, items: [text('b')] },
      { id: 's', type: 'scale', label, min: 10, max: 1, minLabel: label, maxLabel: label },
      { id: 'd', type: 'date', label, min: '2026-02-01', max: '2026-01-01' },
      { id: 'p', type: 'participants', label, minCount: -1 },
      { id: 'c', type: 'multipleChoice', label, options: [{ value: 'A', label }], minSelected: 2 },
    ]))).toEqual([
      ['sections.0.items.0.minLength', 'BAD_RANGE'],
      ['sections.0.items.1.min', 'BAD_RANGE'],
      ['sections.0.items.2.minCount', 'BAD_RANGE'],
      ['sections.0.items.3.min', 'BAD_RANGE'],
      ['sections.0.items.4.min', 'BAD_RANGE'],
      ['sections.0.items.5.minCount', 'BAD_RANGE'],
      ['sections.0.items.6.minSelected', 'BAD_RANGE'],
    ]);
  });

  it('wants conditions on existing items the item can see, and no cycles', () => {
    const group = {
      id: 'g', type: 'group', label, minCount: 0, maxCount: 2,
      items: [text('inner'), text('sibling', { enableWhen: [{ item: 'inner', operator: 'exists' }] })],
      enableWhen: [{ item: 'inner', operator: 'exists' }],
    };
    expect(codes(withItems([
      text('a', { enableWhen: [{ item: 'nope', operator: 'exists' }] }),
      text('b', { enableWhen: [{ item: 'inner', operator: 'exists' }] }),
      text('c', { enableWhen: [{ item: 'c', operator: 'exists' }] }),
      text('d', { enableWhen: [{ item: 'e', operator: 'exists' }] }),
      text('e', { enableWhen: [{ item: 'd', operator: 'equals' }] }),
      group,
    ]))).toEqual([
      ['sections.0.items.4.enableWhen.0.value', 'INVALID'],
      ['sections.0.items.0.enableWhen.0', 'UNKNOWN_CONDITION_ITEM'],
      ['sections.0.items.1.enableWhen.0', 'BAD_CONDITION'],
      ['sections.0.items.2.enableWhen.0', 'BAD_CONDITION'],
      ['sections.0.items.5.enableWhen.0', 'BAD_CONDITION'],
      ['sections.0.items.3.enableWhen', 'BAD_CONDITION'],
    ]);
  });

  it('accepts bindings from BINDING_TARGETS in their place only', () => {
    const goals = (target: string, child: string) => ({
      id: 'goals', type: 'group', label, minCount: 1, maxCount: 3, binding: { target },
      items: [text('goalTitle', { binding: { target: child } })],
    });
    expect(codes(withItems([text('purpose', { binding: { target: 'contract.purpose' } }), goals('contract.goals', 'goal.title')]))).toEqual([]);
    expect(codes(withItems([
      text('purpose', { binding: { target: 'contract.purposeOfLife' } }),
      text('title', { binding: { target: 'goal.title' } }),
      text('other', { binding: { target: 'contract.startDate' } }),
      text('again', { binding: { target: 'contract.dischargeCriteria' } }),
      text('twice', { binding: { target: 'contract.dischargeCriteria' } }),
      { id: 'tool', type: 'singleChoice', label, options: [{ value: 'VUM', label }, { value: 'DUBU', label }], binding: { target: 'contract.assessmentTool' } },
      goals('contract.goals', 'contract.purpose'),
    ]))).toEqual([
      ['sections.0.items.0.binding', 'BAD_BINDING'],
      ['sections.0.items.1.binding', 'BAD_BINDING'],
      ['sections.0.items.2.binding', 'BAD_BINDING'],
      ['sections.0.items.4.binding', 'DUPLICATE'],
      ['sections.0.items.5.options', 'BAD_BINDING'],
      ['sections.0.items.6.items.0.binding', 'BAD_BINDING'],
    ]);
  });

  it('wants the inputs of its derived values', () => {
    expect(codes(withItems([text('a')], { derived: ['goalSmartness', 'complexityRecommendation', 'magic' as never] }))).toEqual([
      ['derived.2', 'INVALID'],
      ['derived.0', 'DERIVED_INPUT'],
      ['derived.1', 'DERIVED_INPUT'],
      ['derived.1', 'DERIVED_INPUT'],
      ['derived.1', 'DERIVED_INPUT'],
    ]);
  });

  it('wants Danish and English texts, known types and camelCase ids', () => {
    expect(codes(withItems([
      { id: 'a', type: 'text', label: { da: 'Kun dansk' } },
      { id: 'Bad-id', type: 'text', label },
      { id: 'b', type: 'slider', label },
      { id: 't', type: 'table', label, rows: [{ id: 'r', label }], columns: [{ id: 'g', type: 'participants', label }] },
    ]))).toEqual([
      ['sections.0.items.0.label', 'INVALID'],
      ['sections.0.items.1.id', 'INVALID'],
      ['sections.0.items.2.type', 'INVALID'],
      ['sections.0.items.3.columns.0.type', 'INVALID'],
    ]);
  });

  it('never throws, and reports what is not a definition', () => {
    for (const junk of [null, 7, 'x', [], { sections: 'no' }, { sections: [null, { items: [null, { id: 1 }] }] }]) {
      expect(() => checkDefinition(junk as unknown as FormDefinition)).not.toThrow();
      expect(checkDefinition(junk as unknown as FormDefinition).length).toBeGreaterThan(0);
    }
    for (const problem of checkDefinition({} as FormDefinition)) {
      expect(problem.message.da).toBeTruthy();
      expect(problem.message.en).toBeTruthy();
    }
  });
});
