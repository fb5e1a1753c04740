import { describe, expect, it } from 'vitest';
import { buildTimeline } from './citizen-timeline.js';

const contract = (id: string, parts: Partial<Parameters<typeof buildTimeline>[0][number]>) => ({
  id,
  followUpMeetings: [],
  statusNotes: [],
  changeNotices: [],
  versions: [],
  ...parts,
});

describe('the citizen timeline', () => {
  it('puts meetings, status notes, change notices and versions of every contract together, newest first', () => {
    const timeline = buildTimeline([
      contract('C1', {
        followUpMeetings: [
          { id: 'M1', kind: 'REGULAR', scheduledAt: '2025-03-01T09:00:00Z', heldAt: '2025-03-01T10:00:00Z' },
          { id: 'M2', kind: 'REGULAR', scheduledAt: '2026-03-01T09:00:00Z', heldAt: null },
        ],
        statusNotes: [{ id: 'S1', submittedAt: '2025-02-10T08:00:00Z', onTime: true, meeting: { id: 'M1', scheduledAt: '2025-03-01T09:00:00Z' } }],
        versions: [{ id: 'V1', number: 1, reason: 'Aktiveret', createdAt: '2024-03-01T09:00:00Z', sentToCitizenAt: null }],
      }),
      contract('C2', { changeNotices: [{ id: 'N1', createdAt: '2025-06-01T12:00:00Z', description: 'Flytning', acknowledgedAt: null }] }),
    ]);
    expect(timeline.map((e) => `${e.kind}:${e.key}`)).toEqual([
      'MEETING_PLANNED:m:M2',
      'CHANGE_NOTICE:c:N1',
      'MEETING_HELD:m:M1',
      'STATUS_NOTE:s:S1',
      'CONTRACT_VERSION:v:V1',
    ]);
    expect(timeline[0].href).toBe('/meetings/M2');
    expect(timeline[1]).toMatchObject({ href: '/contracts/C2#change-notices', flag: false, detail: 'Flytning' });
    expect(timeline[3]).toMatchObject({ href: '/status-notes/S1', flag: true });
    expect(timeline[4].detail).toBe('1: Aktiveret');
  });

  it('is empty without contracts', () => {
    expect(buildTimeline([])).toEqual([]);
  });
});
