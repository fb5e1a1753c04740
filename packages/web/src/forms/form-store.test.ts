import { complexityChecklist, statusNote } from '@treklang/schema';
import { describe, expect, it } from 'vitest';
import { buildLargeForm } from '../../../schema/src/bench/large-form.js';
import { FormStore } from './form-store.js';

const storeOf = (definition = complexityChecklist, answers = {}) => new FormStore({ definition, answers, role: 'AUTHORITY', saved: answers, today: '2026-05-01' });

describe('the form store', () => {
  it('shows a completeness issue at an item once the user changed it, every issue after a submit attempt', () => {
    const store = storeOf();
    expect(store.getSnapshot().issues).toEqual([]);
    expect(store.getSnapshot().allIssues.map((i) => i.path.join('.'))).toContain('offerCollaborationMeetings');
    store.setValue(['decisionReason'], 'x');
    store.setValue(['decisionReason'], undefined);
    expect(store.getSnapshot().issues).toEqual([]); // not required
    store.setValue(['referredBy'], 'x'.repeat(201));
    expect(store.issuesAt('referredBy').map((i) => i.code)).toEqual(['TOO_LONG']); // shown at once
    store.setMode('submit');
    expect(store.issuesAt('offerCollaborationMeetings').map((i) => i.code)).toEqual(['REQUIRED']);
    expect(store.draftIssues().map((i) => i.code)).toEqual(['TOO_LONG']);
  });

  it('keeps the same issue list object for an item whose issues did not change, so it does not re-render', () => {
    const store = storeOf();
    store.setValue(['referredBy'], 'x'.repeat(201));
    const before = store.issuesAt('referredBy');
    store.setValue(['decisionReason'], 'Noget andet');
    expect(store.issuesAt('referredBy')).toBe(before);
    store.setValue(['referredBy'], 'y'.repeat(202));
    expect(store.issuesAt('referredBy')).toBe(before); // same code and message
  });

  it('validates without hidden answers and answers enableWhen with the shared isItemEnabled', () => {
    const store = new FormStore({ definition: statusNote, answers: {}, role: 'PROVIDER', saved: {}, today: '2026-05-01' });
    expect(store.isEnabled(['themeChanges'])).toBe(false);
    store.setValue(['hasThemeChanges'], true);
    expect(store.isEnabled(['themeChanges'])).toBe(true);
    store.setValue(['themeChanges'], [{ description: 'Flyttet' }]);
    store.setValue(['hasThemeChanges'], false);
    expect(store.getSnapshot().answers.themeChanges).toEqual([{ description: 'Flyttet' }]); // kept while hidden
    expect(store.getSnapshot().effective.themeChanges).toBeUndefined();
    expect(store.getSnapshot().issues.filter((i) => i.code === 'HIDDEN_ANSWERED')).toEqual([]);
  });

  it('computes the derived values live', () => {
    const store = storeOf();
    expect(store.getSnapshot().derived.complexityRecommendation?.offerCollaborationMeetings).toBe(false);
    store.setValue(['statements', 's1', 'applies'], true);
    store.setValue(['statements', 's2', 'applies'], true);
    expect(store.getSnapshot().derived.complexityRecommendation?.offerCollaborationMeetings).toBe(true);
  });

  it('handles a keystroke on a 200-item form well within a frame', () => {
    const { definition, answers } = buildLargeForm();
    const store = new FormStore({ definition, answers, role: 'AUTHORITY', saved: answers, today: '2026-05-01' });
    const started = performance.now();
    for (let i = 0; i < 100; i += 1) store.setValue(['q0x1'], i % 2 === 0 ? undefined : `tekst ${i}`);
    const perKeystroke = (performance.now() - started) / 100;
    expect(store.issuesAt('q0x1')).toEqual([]);
    store.setValue(['q0x1'], undefined);
    expect(store.issuesAt('q0x1').map((i) => i.code)).toEqual(['REQUIRED']);
    expect(perKeystroke).toBeLessThan(8);
  });
});
