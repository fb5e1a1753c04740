import { describe, expect, it } from 'vitest';
import { compareDeadlines, horizonOf, inDeadlineWindow, isOverdue } from './deadlines.js';

describe('deadlines', () => {
  it('is overdue from the day after the due date', () => {
    expect(isOverdue('2026-06-15', '2026-06-16')).toBe(true);
    expect(isOverdue('2026-06-16', '2026-06-16')).toBe(false);
    expect(isOverdue('2026-06-17', '2026-06-16')).toBe(false);
  });

  it('shows overdue deadlines and upcoming ones within the horizon', () => {
    const window = { today: '2026-06-16', overdueOnly: false, withinDays: 56 };
    expect(horizonOf(window)).toBe('2026-08-11');
    expect(inDeadlineWindow('2020-01-01', window)).toBe(true);
    expect(inDeadlineWindow('2026-06-16', window)).toBe(true);
    expect(inDeadlineWindow('2026-08-11', window)).toBe(true);
    expect(inDeadlineWindow('2026-08-12', window)).toBe(false);
  });

  it('shows only passed deadlines when asked for overdue ones', () => {
    const window = { today: '2026-06-16', overdueOnly: true, withinDays: 56 };
    expect(horizonOf(window)).toBe('2026-06-15');
    expect(inDeadlineWindow('2026-06-15', window)).toBe(true);
    expect(inDeadlineWindow('2026-06-16', window)).toBe(false);
  });

  it('with a zero horizon shows what is due today and before', () => {
    const window = { today: '2026-06-16', overdueOnly: false, withinDays: 0 };
    expect(inDeadlineWindow('2026-06-16', window)).toBe(true);
    expect(inDeadlineWindow('2026-06-17', window)).toBe(false);
  });

  it('sorts by due date, then kind, then key', () => {
    const list = [
      { dueDate: '2026-07-01', kind: 'MEETING' as const, key: 'b' },
      { dueDate: '2026-06-01', kind: 'MEETING' as const, key: 'a' },
      { dueDate: '2026-07-01', kind: 'STATUS_NOTE' as const, key: 'c' },
      { dueDate: '2026-07-01', kind: 'MEETING' as const, key: 'a' },
    ];
    expect([...list].sort(compareDeadlines).map((d) => `${d.dueDate} ${d.kind} ${d.key}`)).toEqual([
      '2026-06-01 MEETING a',
      '2026-07-01 STATUS_NOTE c',
      '2026-07-01 MEETING a',
      '2026-07-01 MEETING b',
    ]);
  });
});
