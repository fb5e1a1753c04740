import type { Answers, FormDefinition, FormRole, ValidationIssue } from '@treklang/schema';
import { sameJson } from './answer-path.js';
import { savePayload } from './answers-for-save.js';
import { AutosaveController, type AutosaveState, type SaveOutcome } from './autosave-controller.js';
import { FormStore, type ShownIssue } from './form-store.js';
import { restorePlan, type LocalDraftStore } from './local-draft-store.js';
import { mergeAnswers, resolveConflicts, type MergeChoice, type MergeResult } from './merge-answers.js';

/*
 * One response being filled in the browser: the store, the local copy (every change, so a reload loses
 * nothing), the debounced autosave with the version the server last gave, the merge after a VERSION_CONFLICT,
 * and submitting. The transport is injected, so this holds no GraphQL.
 */

export interface ServerError {
  code: string;
  message: string;
  field?: readonly string[] | null;
}

export type SaveReply = { kind: 'saved'; version: number; answers: Answers } | { kind: 'errors'; errors: ServerError[] };

export type SubmitReply = { kind: 'submitted' } | { kind: 'errors'; errors: ServerError[] };

export interface FormSessionDeps {
  definition: FormDefinition;
  responseId: string;
  role: FormRole | null;
  today: string;
  server: { version: number; answers: Answers };
  drafts: LocalDraftStore;
  save(answers: Answers, expectedVersion: number): Promise<SaveReply>;
  /** The server's current answers and version (after a conflict). */
  fetchLatest(): Promise<{ version: number; answers: Answers }>;
  autosaveDelayMs?: number;
  localDelayMs?: number;
  now?: () => Date;
}

export interface FormSessionView {
  autosave: AutosaveState;
  /** Items changed on both sides, waiting for the user's choice. */
  merge: MergeResult | null;
  mergeBusy: boolean;
  /** Unsaved answers were found in the browser and put back. */
  restored: boolean;
  /** The other side's changes were merged in without conflicts. */
  autoMerged: boolean;
  /** Problems of the last save or submit that belong to no item. */
  errors: ServerError[];
  submitted: boolean;
}

export type SubmitOutcome =
  | { kind: 'submitted' }
  | { kind: 'invalid'; issues: readonly ValidationIssue[] }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string }
  | { kind: 'refused'; errors: ServerError[] };

export const VERSION_CONFLICT = 'VERSION_CONFLICT';

/** Server errors on answers (field ['answers', ...path]) by path key, and the rest. */
export function splitServerErrors(errors: readonly ServerError[]): { atItems: Map<string, ShownIssue[]>; other: ServerError[] } {
  const atItems = new Map<string, ShownIssue[]>();
  const other: ServerError[] = [];
  for (const error of errors) {
    const field = error.field ?? [];
    const at = field[0] === 'input' ? field.slice(1) : field;
    if (at[0] === 'answers' && at.length > 1) {
      const key = at.slice(1).join('.');
      atItems.set(key, [...(atItems.get(key) ?? []), { code: error.code, message: error.message }]);
    } else other.push(error);
  }
  return { atItems, other };
}

export class FormSession {
  readonly store: FormStore;
  private version: number;
  private readonly autosave: AutosaveController;
  private view: FormSessionView;
  private readonly listeners = new Set<() => void>();
  private localTimer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: () => void = () => {};
  private started = false;
  private seenAnswers: Answers | null = null;
  /** The user logged out: the browser's storage has been emptied and must stay so. */
  private closed = false;

  constructor(private readonly deps: FormSessionDeps) {
    this.version = deps.server.version;
    this.store = new FormStore({ definition: deps.definition, answers: deps.server.answers, role: deps.role, saved: deps.server.answers, today: deps.today });
    this.autosave = new AutosaveController({ delayMs: deps.autosaveDelayMs ?? 800, run: () => this.runSave(), onState: (autosave) => this.update({ autosave }) });
    this.view = { autosave: { kind: 'idle' }, merge: null, mergeBusy: false, restored: false, autoMerged: false, errors: [], submitted: false };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getView = (): FormSessionView => this.view;

  private update(patch: Partial<FormSessionView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Puts back a local draft (or merges it with a newer server version) and starts listening to changes. */
  start(): void {
    this.unsubscribe();
    if (!this.started) {
      this.started = true;
      this.restore();
    }
    this.seenAnswers = this.store.getSnapshot().answers;
    this.unsubscribe = this.store.subscribe(() => this.changed());
  }

  private restore(): void {
    const plan = restorePlan(this.deps.drafts.read(this.deps.responseId), this.deps.server);
    if (plan.kind === 'server') {
      this.deps.drafts.remove(this.deps.responseId);
      return;
    }
    if (plan.kind === 'restore') {
      this.store.replaceAnswers(plan.answers);
      this.update({ restored: true });
    }
    const clean = plan.kind === 'restore' || this.applyMerge(mergeAnswers(this.deps.definition, plan.base, plan.mine, plan.theirs));
    if (clean) queueMicrotask(() => void this.autosave.flush());
  }

  /** Leaving the page: keep the local copy and save what is pending now instead of after the debounce. */
  stop(): void {
    this.flushLocal();
    this.unsubscribe();
    this.unsubscribe = () => {};
    if (!this.closed && !this.view.submitted && this.view.autosave.kind === 'pending') void this.autosave.flush();
  }

  /**
   * Before the user logs out, while the token still works: saves what is pending now instead of after the debounce.
   * True when the server then holds everything typed here; false when something would be lost.
   */
  async saveBeforeLogout(): Promise<boolean> {
    if (!this.holdsUnsaved()) return true;
    await this.autosave.flush();
    return !this.holdsUnsaved();
  }

  /** The user logged out: no more saves, and nothing more written to the browser's storage. */
  close(): void {
    this.closed = true;
    if (this.localTimer !== null) clearTimeout(this.localTimer);
    this.localTimer = null;
    this.autosave.dispose();
  }

  private changed(): void {
    // Only new answers count: issues from the server or a switch to submit mode change nothing to save.
    const answers = this.store.getSnapshot().answers;
    if (answers === this.seenAnswers) return;
    this.seenAnswers = answers;
    if (this.view.submitted) return;
    if (this.localTimer === null) this.localTimer = setTimeout(() => this.flushLocal(), this.deps.localDelayMs ?? 250);
    this.autosave.schedule();
  }

  /** Writes the local copy now (also on pagehide), or removes it when the server holds the same answers. */
  flushLocal(): void {
    if (this.localTimer !== null) clearTimeout(this.localTimer);
    this.localTimer = null;
    if (this.closed || this.view.submitted || this.deps.role === null) return;
    if (!this.holdsUnsaved()) this.deps.drafts.remove(this.deps.responseId);
    else this.deps.drafts.write({ responseId: this.deps.responseId, answers: this.store.getSnapshot().answers, base: this.store.savedAnswers, baseVersion: this.version, changedAt: Date.now() });
  }

  /** Does this page hold answers the server does not have (typed, skipped as invalid, or waiting in a merge)? */
  private holdsUnsaved(): boolean {
    if (this.view.submitted || this.deps.role === null) return false;
    const snapshot = this.store.getSnapshot();
    const payload = savePayload(this.deps.definition, this.deps.role, snapshot.effective, this.store.savedAnswers, this.store.draftIssues());
    const unsaved = payload === null || Object.keys(payload.answers).length > 0 || payload.skipped.length > 0 || this.view.merge !== null;
    return unsaved || !sameJson(snapshot.answers, snapshot.effective);
  }

  retry(): void {
    void this.autosave.flush();
  }

  private async runSave(attempt = 0): Promise<SaveOutcome> {
    const role = this.deps.role;
    if (role === null || this.view.submitted) return { kind: 'unchanged' };
    const payload = savePayload(this.deps.definition, role, this.store.getSnapshot().effective, this.store.savedAnswers, this.store.draftIssues());
    if (payload === null) return { kind: 'failed', message: '' };
    if (Object.keys(payload.answers).length === 0) {
      this.flushLocal();
      return payload.skipped.length > 0 ? { kind: 'saved', at: (this.deps.now ?? (() => new Date()))(), skipped: payload.skipped.length } : { kind: 'unchanged' };
    }
    const reply = await this.deps.save(payload.answers, this.version);
    if (reply.kind === 'errors') {
      if (reply.errors.some((e) => e.code === VERSION_CONFLICT)) {
        // Without conflicting items the merge is saved at once; with some, the user decides first.
        const clean = await this.openMerge();
        return clean && attempt < 3 ? this.runSave(attempt + 1) : { kind: 'conflict' };
      }
      const { atItems, other } = splitServerErrors(reply.errors);
      if (atItems.size > 0) this.store.setServerIssues(atItems);
      this.update({ errors: other });
      return { kind: 'failed', message: reply.errors.map((e) => e.message).join(' ') };
    }
    this.version = reply.version;
    this.store.setSaved(reply.answers);
    if (this.view.errors.length > 0) this.update({ errors: [] });
    this.flushLocal();
    return { kind: 'saved', at: (this.deps.now ?? (() => new Date()))(), skipped: payload.skipped.length };
  }

  /** After a VERSION_CONFLICT: the server's answers against the last ones both sides shared. */
  /** True when everything merged without conflicting items. */
  private async openMerge(): Promise<boolean> {
    const latest = await this.deps.fetchLatest();
    const base = this.store.savedAnswers;
    const mine = this.store.getSnapshot().effective;
    this.version = latest.version;
    this.store.setSaved(latest.answers);
    return this.applyMerge(mergeAnswers(this.deps.definition, base, mine, latest.answers));
  }

  /** Takes a merge without conflicts (true), or shows the conflicts and holds the autosave (false). */
  private applyMerge(result: MergeResult): boolean {
    this.store.replaceAnswers(result.merged);
    if (result.conflicts.length === 0) {
      this.update({ autoMerged: true });
      return true;
    }
    this.autosave.pause();
    this.update({ merge: result });
    this.flushLocal();
    return false;
  }

  /** The user's choice per conflicting item; saves the result with the server's current version. */
  async resolveMerge(choices: ReadonlyMap<string, MergeChoice>): Promise<void> {
    const merge = this.view.merge;
    if (!merge) return;
    this.update({ mergeBusy: true });
    this.store.replaceAnswers(resolveConflicts(merge, choices, this.store.getSnapshot().answers));
    this.update({ merge: null, mergeBusy: false, autoMerged: false });
    await this.autosave.resume();
  }

  /** Validates in full, saves what is pending, then submits; issues show at the items. */
  async submit(submitRemote: (expectedVersion: number) => Promise<SubmitReply>): Promise<SubmitOutcome> {
    this.store.setMode('submit');
    const issues = this.store.getSnapshot().issues;
    if (issues.length > 0) return { kind: 'invalid', issues };
    const saved = await this.autosave.flush();
    if (saved.kind === 'conflict') return { kind: 'conflict' };
    if (saved.kind === 'failed') return { kind: 'failed', message: saved.message };
    const reply = await submitRemote(this.version);
    if (reply.kind === 'errors') {
      if (reply.errors.some((e) => e.code === VERSION_CONFLICT)) {
        if (await this.openMerge()) void this.autosave.flush();
        return { kind: 'conflict' };
      }
      const { atItems, other } = splitServerErrors(reply.errors);
      this.store.setServerIssues(atItems);
      this.update({ errors: other });
      return { kind: 'refused', errors: reply.errors };
    }
    this.deps.drafts.remove(this.deps.responseId);
    this.autosave.dispose();
    this.update({ submitted: true, errors: [] });
    return { kind: 'submitted' };
  }
}
