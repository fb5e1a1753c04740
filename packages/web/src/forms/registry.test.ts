import { complexityChecklist, contractChecklist, indexDefinition, statusNote, type FormDefinition, type ItemNode } from '@treklang/schema';
import { describe, expect, it } from 'vitest';
import { ITEM_RENDERERS } from './item-renderers.js';
import { and, chooseRenderer, isType, NOT_APPLICABLE, optionCountAtMost, rankRenderers, rankWith, type RankContext, type RendererEntry } from './registry.js';

const node = (definition: FormDefinition, id: string): ItemNode => {
  const found = indexDefinition(definition).nodes.get(id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const AUTHORITY: RankContext = { role: 'AUTHORITY', formReadOnly: false };
const PROVIDER: RankContext = { role: 'PROVIDER', formReadOnly: false };
const chosen = (definition: FormDefinition, id: string, context: RankContext = AUTHORITY) => chooseRenderer(ITEM_RENDERERS, node(definition, id), context)?.name;

describe('the renderer registry', () => {
  it('takes the highest rank, and the earlier entry on a tie', () => {
    const entries: RendererEntry<string>[] = [
      { name: 'plain', tester: rankWith(1, isType('singleChoice')), component: 'Plain' },
      { name: 'radio', tester: rankWith(2, and(isType('singleChoice'), optionCountAtMost(3))), component: 'Radio' },
      { name: 'alsoPlain', tester: rankWith(1, isType('singleChoice')), component: 'AlsoPlain' },
    ];
    const few = node(complexityChecklist, 'healthComplexity'); // 2 options
    expect(chooseRenderer(entries, few, AUTHORITY)?.name).toBe('radio');
    expect(rankRenderers(entries, few, AUTHORITY).map((r) => r.entry.name)).toEqual(['radio', 'plain', 'alsoPlain']);
    const many = node(contractChecklist, 'goals').children.find((c) => c.id === 'goalType')!;
    expect(chooseRenderer([entries[0]!, entries[2]!], many, AUTHORITY)?.name).toBe('plain');
  });

  it('gives null when nothing applies, so the caller shows its fallback naming the item', () => {
    const entries: RendererEntry<string>[] = [{ name: 'text', tester: rankWith(1, isType('text')), component: 'Text' }];
    expect(chooseRenderer(entries, node(complexityChecklist, 'statements'), AUTHORITY)).toBeNull();
    expect(rankRenderers(entries, node(complexityChecklist, 'statements'), AUTHORITY)).toEqual([]);
    const strange = { ...node(complexityChecklist, 'referredBy'), item: { id: 'x', type: 'hologram', label: { da: 'X', en: 'X' } } } as unknown as ItemNode;
    expect(chooseRenderer(ITEM_RENDERERS, strange, AUTHORITY)).toBeNull();
    expect(rankWith(3, isType('text'))(strange, AUTHORITY)).toBe(NOT_APPLICABLE);
  });

  it('draws every item type of the built-in templates with a fitting renderer', () => {
    expect(chosen(complexityChecklist, 'referredBy')).toBe('text');
    expect(chosen(complexityChecklist, 'decisionReason')).toBe('textarea');
    expect(chosen(complexityChecklist, 'visitationCriteria')).toBe('checkboxes');
    expect(chosen(complexityChecklist, 'healthComplexity')).toBe('radio');
    expect(chosen(complexityChecklist, 'offerCollaborationMeetings')).toBe('yesNo');
    expect(chosen(complexityChecklist, 'statements')).toBe('table');
    expect(chosen(complexityChecklist, 'healthComplexityIndicators')).toBe('display');
    expect(chosen(contractChecklist, 'goals')).toBe('group');
    expect(chosen(contractChecklist, 'startDate')).toBe('date');
    expect(chosen(contractChecklist, 'noticePeriodDays')).toBe('number');
    expect(chosen(contractChecklist, 'participants')).toBe('participants');
    expect(chosen(contractChecklist, 'buyerSignature')).toBe('signature');
    expect(chosen(contractChecklist, 'lifeThemeKeys')).toBe('lifeThemeCheckboxes');
    expect(chosen(contractChecklist, 'lifeThemeKey')).toBe('lifeThemeSelect');
    expect(chosen(statusNote, 'functionalLevel', PROVIDER)).toBe('scale');
  });

  it('shows other roles\u2019 items, server-filled items and submitted forms read-only, but never a whole group', () => {
    expect(chosen(contractChecklist, 'sellerSignature', AUTHORITY)).toBe('readOnly');
    expect(chosen(contractChecklist, 'sellerSignature', PROVIDER)).toBe('signature');
    expect(chosen(contractChecklist, 'purpose', PROVIDER)).toBe('readOnly');
    expect(chosen(contractChecklist, 'subGoals', AUTHORITY)).toBe('group');
    const goalId = indexDefinition(statusNote).all.find((n) => (n.item as { readOnly?: boolean }).readOnly === true)!;
    expect(chooseRenderer(ITEM_RENDERERS, goalId, PROVIDER)?.name).toBe('readOnly');
    expect(chosen(complexityChecklist, 'referredBy', { role: 'AUTHORITY', formReadOnly: true })).toBe('readOnly');
    expect(chosen(complexityChecklist, 'referredBy', { role: null, formReadOnly: false })).toBe('readOnly');
    expect(chosen(complexityChecklist, 'healthComplexityIndicators', { role: null, formReadOnly: true })).toBe('display');
  });

  it('types a scale with many steps as a number', () => {
    const wide = { ...node(statusNote, 'functionalLevel'), item: { id: 'wide', type: 'scale', min: 0, max: 100, label: { da: 'W', en: 'W' }, minLabel: { da: 'a', en: 'a' }, maxLabel: { da: 'b', en: 'b' } } } as unknown as ItemNode;
    expect(chooseRenderer(ITEM_RENDERERS, wide, { role: null, formReadOnly: false })?.name).toBe('readOnly');
    expect(chooseRenderer(ITEM_RENDERERS, { ...wide, filledBy: ['PROVIDER'] }, PROVIDER)?.name).toBe('scaleAsNumber');
  });
});
