import { complexityChecklist, type Answers } from '@treklang/schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FormSession, type SaveReply } from './form-session.js';
import { LocalDraftStore, type DraftStorage } from './local-draft-store.js';

function memoryStorage(): DraftStorage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

/** A fake server: answers and a version, refusing stale versions as the API does. */
function fakeServer(answers: Answers = {}, version = 1) {
  const server = {
    answers,
    version,
    saves: [] as { answers: Answers; expectedVersion: number }[],
    async save(sent: Answers, expectedVersion: number): Promise<SaveReply> {
      server.saves.push({ answers: sent, expectedVersion });
      if (expectedVersion !== server.version) return { kind: 'errors', errors: [{ code: 'VERSION_CONFLICT', message: 'Ændret af en anden', field: ['input', 'expectedVersion'] }] };
      const merged: Answers = { ...server.answers };
      for (const [key, value] of Object.entries(sent)) {
        if (value === null) delete merged[key];
        else merged[key] = value;
      }
      server.answers = merged;
      server.version += 1;
      return { kind: 'saved', version: server.version, answers: merged };
    },
    async fetchLatest() {
      return { version: server.version, answers: server.answers };
    },
  };
  return server;
}

function sessionOn(server: ReturnType<typeof fakeServer>, drafts: LocalDraftStore) {
  return new FormSession({
    definition: complexityChecklist,
    responseId: 'R1',
    role: 'AUTHORITY',
    today: '2026-05-01',
    server: { version: server.version, answers: server.answers },
    drafts,
    save: server.save,
    fetchLatest: server.fetchLatest,
    autosaveDelayMs: 800,
    localDelayMs: 250,
  });
}

describe('a form session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('validates at the item on every change and autosaves after the debounce with the expected version', async () => {
    const server = fakeServer({ referredBy: 'Jobcenter' }, 4);
    const session = sessionOn(server, new LocalDraftStore(memoryStorage(), 'U'));
    session.start();
    session.store.setValue(['referredBy'], 'x'.repeat(201));
    expect(session.store.getSnapshot().issuesByPath.get('referredBy')?.[0]?.code).toBe('TOO_LONG');
    session.store.setValue(['referredBy'], 'Jobcenter, Anne');
    expect(session.store.getSnapshot().issuesByPath.get('referredBy')).toBeUndefined();
    expect(session.getView().autosave.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(799);
    expect(server.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.saves).toEqual([{ answers: { referredBy: 'Jobcenter, Anne' }, expectedVersion: 4 }]);
    expect(session.getView().autosave.kind).toBe('saved');
    session.store.setValue(['decisionReason'], 'Fordi');
    await vi.advanceTimersByTimeAsync(800);
    expect(server.saves[1]).toEqual({ answers: { decisionReason: 'Fordi' }, expectedVersion: 5 });
  });

  it('keeps typed answers in the browser and restores them after a reload, then saves them', async () => {
    const storage = memoryStorage();
    const server = fakeServer({}, 2);
    const first = sessionOn(server, new LocalDraftStore(storage, 'U'));
    first.start();
    first.store.setValue(['decisionReason'], 'Halvt skrevet');
    first.flushLocal(); // what pagehide does
    // The page reloads before the autosave ran.
    const second = sessionOn(server, new LocalDraftStore(storage, 'U'));
    second.start();
    expect(second.store.getSnapshot().answers.decisionReason).toBe('Halvt skrevet');
    expect(second.getView().restored).toBe(true);
    await vi.runOnlyPendingTimersAsync();
    expect(server.answers).toEqual({ decisionReason: 'Halvt skrevet' });
    expect(new LocalDraftStore(storage, 'U').read('R1')).toBeNull();
    first.stop();
  });

  it('on a VERSION_CONFLICT merges what does not clash and asks about what does, never overwriting silently', async () => {
    const server = fakeServer({ decisionReason: 'Fælles', referredBy: 'Jobcenter' }, 1);
    const session = sessionOn(server, new LocalDraftStore(memoryStorage(), 'U'));
    session.start();
    // Someone else saves first.
    server.answers = { decisionReason: 'Deres tekst', referredBy: 'Jobcenter', healthComplexity: 'HIGH' };
    server.version = 2;
    session.store.setValue(['decisionReason'], 'Min tekst');
    session.store.setValue(['environmentComplexity'], 'LOW');
    await vi.advanceTimersByTimeAsync(800);
    const merge = session.getView().merge!;
    expect(merge.conflicts.map((c) => [c.key, c.mine, c.theirs])).toEqual([['decisionReason', 'Min tekst', 'Deres tekst']]);
    expect(session.getView().autosave.kind).toBe('conflict');
    expect(server.answers.decisionReason).toBe('Deres tekst');
    // Typing while the merge waits does not save.
    session.store.setValue(['referredBy'], 'Jobcenter 2');
    await vi.advanceTimersByTimeAsync(2000);
    expect(server.version).toBe(2);
    await session.resolveMerge(new Map([['decisionReason', 'theirs']]));
    expect(server.answers).toEqual({ decisionReason: 'Deres tekst', referredBy: 'Jobcenter 2', healthComplexity: 'HIGH', environmentComplexity: 'LOW' });
    expect(server.saves.at(-1)?.expectedVersion).toBe(2);
    expect(session.getView().merge).toBeNull();
  });

  it('saves a conflict-free merge at once', async () => {
    const server = fakeServer({ referredBy: 'Jobcenter' }, 1);
    const session = sessionOn(server, new LocalDraftStore(memoryStorage(), 'U'));
    session.start();
    server.answers = { referredBy: 'Jobcenter', healthComplexity: 'HIGH' };
    server.version = 2;
    session.store.setValue(['decisionReason'], 'Min');
    await vi.advanceTimersByTimeAsync(800);
    expect(session.getView().merge).toBeNull();
    expect(session.getView().autoMerged).toBe(true);
    expect(server.answers).toEqual({ referredBy: 'Jobcenter', healthComplexity: 'HIGH', decisionReason: 'Min' });
    expect(session.store.getSnapshot().answers).toEqual(server.answers);
  });

  it('shows the server\u2019s refusal of a save at the item, and the status says not saved', async () => {
    const server = fakeServer({}, 1);
    server.save = async (sent, expectedVersion) => {
      server.saves.push({ answers: sent, expectedVersion });
      return { kind: 'errors', errors: [{ code: 'NOT_YOURS', message: 'Feltet udfyldes af en anden.', field: ['input', 'answers', 'referredBy'] }, { code: 'FORBIDDEN', message: 'Ingen adgang.', field: null }] };
    };
    const session = sessionOn(server, new LocalDraftStore(memoryStorage(), 'U'));
    session.start();
    session.store.setValue(['referredBy'], 'Jobcenter');
    await vi.advanceTimersByTimeAsync(800);
    expect(session.store.getSnapshot().serverIssues.get('referredBy')).toEqual([{ code: 'NOT_YOURS', message: 'Feltet udfyldes af en anden.' }]);
    expect(session.getView().errors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    expect(session.getView().autosave).toMatchObject({ kind: 'failed' });
    // Changing the item clears the server's word about it.
    session.store.setValue(['referredBy'], 'Jobcentret');
    expect(session.store.getSnapshot().serverIssues.get('referredBy')).toBeUndefined();
  });

  it('submits only a complete response, and shows the missing items first', async () => {
    const server = fakeServer({}, 1);
    const session = sessionOn(server, new LocalDraftStore(memoryStorage(), 'U'));
    session.start();
    const remote = vi.fn(async () => ({ kind: 'submitted' as const }));
    const outcome = await session.submit(remote);
    expect(outcome.kind).toBe('invalid');
    expect(remote).not.toHaveBeenCalled();
    expect(session.store.getSnapshot().issuesByPath.get('offerCollaborationMeetings')?.[0]?.code).toBe('REQUIRED');
    session.store.setValue(['offerCollaborationMeetings'], true);
    expect(session.store.getSnapshot().issuesByPath.get('offerCollaborationMeetings')).toBeUndefined();
  });

  it('before logout saves what is pending at once, so the server has it, and leaves no local copy', async () => {
    const storage = memoryStorage();
    const drafts = new LocalDraftStore(storage, 'U');
    const server = fakeServer({}, 3);
    const session = sessionOn(server, drafts);
    session.start();
    expect(await session.saveBeforeLogout()).toBe(true);
    expect(server.saves).toEqual([]);
    session.store.setValue(['decisionReason'], 'Skrevet lige før log ud');
    expect(session.getView().autosave.kind).toBe('pending');
    expect(await session.saveBeforeLogout()).toBe(true);
    expect(server.saves).toEqual([{ answers: { decisionReason: 'Skrevet lige før log ud' }, expectedVersion: 3 }]);
    expect(drafts.read('R1')).toBeNull();
  });

  it('before logout says so when a save fails, and once closed neither saves nor writes to the browser', async () => {
    const storage = memoryStorage();
    const drafts = new LocalDraftStore(storage, 'U');
    const server = fakeServer({}, 1);
    let attempts = 0;
    server.save = async () => {
      attempts += 1;
      throw new Error('offline');
    };
    const session = sessionOn(server, drafts);
    session.start();
    session.store.setValue(['decisionReason'], 'Går tabt ved log ud');
    expect(await session.saveBeforeLogout()).toBe(false);
    expect(attempts).toBe(1);
    session.close();
    drafts.remove('R1'); // what logout does next
    session.store.setValue(['decisionReason'], 'Mere');
    session.flushLocal();
    session.stop();
    await vi.advanceTimersByTimeAsync(2000);
    expect(drafts.read('R1')).toBeNull();
    expect(attempts).toBe(1);
  });
});
