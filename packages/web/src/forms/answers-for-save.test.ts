import { complexityChecklist, contractChecklist, statusNote, validateResponse, type Answers } from '@treklang/schema';
import { describe, expect, it } from 'vitest';
import { pruneHidden, savePayload } from './answers-for-save.js';

const draftIssues = (definition: typeof complexityChecklist, answers: Answers) => validateResponse(definition, answers, { mode: 'draft', today: '2026-05-01' });

describe('answers without hidden items', () => {
  it('drops answers to items whose conditions do not hold, in groups and tables too, and keeps the rest', () => {
    const answers: Answers = { hasThemeChanges: false, themeChanges: [{ description: 'x' }], providerAssessment: 'ok' };
    expect(pruneHidden(statusNote, answers)).toEqual({ hasThemeChanges: false, providerAssessment: 'ok' });
    const shown = { ...answers, hasThemeChanges: true };
    expect(pruneHidden(statusNote, shown)).toBe(shown);
    const guardian: Answers = { hasGuardian: false, guardianName: 'Værge' };
    expect(pruneHidden(contractChecklist, guardian)).toEqual({ hasGuardian: false });
  });
});

describe('what an autosave sends', () => {
  it('sends only the viewer\u2019s top-level items that changed, null for a cleared one', () => {
    const saved: Answers = { referredBy: 'Jobcenter', decisionReason: 'Før' };
    const current: Answers = { decisionReason: 'Efter', healthComplexity: 'HIGH' };
    expect(savePayload(complexityChecklist, 'AUTHORITY', current, saved, [])).toEqual({ answers: { referredBy: null, decisionReason: 'Efter', healthComplexity: 'HIGH' }, skipped: [] });
    expect(savePayload(complexityChecklist, 'AUTHORITY', saved, saved, [])).toEqual({ answers: {}, skipped: [] });
  });

  it('puts an answer the server would refuse back to its saved value, and says so', () => {
    const saved: Answers = { referredBy: 'Jobcenter' };
    const current: Answers = { referredBy: 'x'.repeat(201), decisionReason: 'Ny' };
    const payload = savePayload(complexityChecklist, 'AUTHORITY', current, saved, draftIssues(complexityChecklist, current));
    expect(payload).toEqual({ answers: { decisionReason: 'Ny' }, skipped: ['referredBy'] });
    const nested: Answers = { statements: { s1: { applies: true, comment: 'y'.repeat(1001) } } };
    expect(savePayload(complexityChecklist, 'AUTHORITY', nested, {}, draftIssues(complexityChecklist, nested))).toEqual({ answers: { statements: { s1: { applies: true } } }, skipped: ['statements.s1.comment'] });
  });

  it('leaves out other roles\u2019 items, also inside groups, so the server keeps theirs', () => {
    const saved: Answers = {};
    const current: Answers = { purpose: 'Formål', sellerSignature: { name: 'L', role: 'Leder', date: '2026-05-01' }, buyerSignature: { name: 'R', role: 'Rådgiver', date: '2026-05-01' } };
    expect(Object.keys(savePayload(contractChecklist, 'AUTHORITY', current, saved, [])!.answers).sort()).toEqual(['buyerSignature', 'purpose']);
    expect(Object.keys(savePayload(contractChecklist, 'PROVIDER', current, saved, [])!.answers)).toEqual(['sellerSignature']);
  });

  it('refuses to save when the whole response is wrong', () => {
    expect(savePayload(complexityChecklist, 'AUTHORITY', {}, {}, [{ path: [], code: 'WRONG_TYPE', message: { da: 'x', en: 'x' } }])).toBeNull();
  });
});
