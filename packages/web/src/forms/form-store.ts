import {
  computeDerived,
  indexDefinition,
  isItemEnabled,
  isSectionEnabled,
  validateResponse,
  type Answers,
  type DerivedValues,
  type FormDefinition,
  type FormRole,
  type ValidationIssue,
} from '@treklang/schema';
import { pathKey, sameJson, setAt, type AnswerPath } from './answer-path.js';
import { blocksDraft, pruneHidden } from './answers-for-save.js';

/*
 * The state of one form being filled, outside React: answers, the issues of the shared validator (run once per
 * change, in submit mode, on the answers without hidden items) and the derived values. Completeness issues
 * (REQUIRED, TOO_FEW, TOO_SHORT) show at an item once the user has changed it, and everywhere after a submit
 * attempt; every other issue shows at once. Components subscribe to the slice they
 * show (useSyncExternalStore), so a keystroke re-renders the item typed in and the items whose issues
 * changed, not the whole form.
 */

export type ValidationMode = 'draft' | 'submit';

/** An issue shown at an item: the validator's, or one the server reported on submit. */
export interface ShownIssue {
  code: string;
  message: string;
}

export interface FormSnapshot {
  /** Every answer typed, hidden items' included (kept while hidden). */
  answers: Answers;
  /** The answers without those to hidden items: what is validated and saved. */
  effective: Answers;
  /** Every issue a submit would meet. */
  allIssues: readonly ValidationIssue[];
  /** The issues shown: the ones that block a draft, and the completeness ones of changed items (all of them in submit mode). */
  issues: readonly ValidationIssue[];
  /** Issues by path key, Danish and English messages resolved by the component. */
  issuesByPath: ReadonlyMap<string, readonly ValidationIssue[]>;
  /** Issues the server reported, by path key, until the item changes. */
  serverIssues: ReadonlyMap<string, readonly ShownIssue[]>;
  derived: Partial<DerivedValues>;
  mode: ValidationMode;
  /** Increases with every change. */
  revision: number;
}

export interface FormStoreOptions {
  definition: FormDefinition;
  answers: Answers;
  /** The viewer's role, so that others' changed answers are reported (NOT_YOURS) as the server would. */
  role: FormRole | null;
  /** The answers the server holds (validateResponse's `previous`). */
  saved: Answers;
  today: string;
}

const EMPTY_ISSUES: readonly ValidationIssue[] = [];
const EMPTY_SERVER: ReadonlyMap<string, readonly ShownIssue[]> = new Map();

function sameIssues(a: readonly ValidationIssue[], b: readonly ValidationIssue[]): boolean {
  return a.length === b.length && a.every((issue, i) => issue.code === b[i]!.code && issue.message.da === b[i]!.message.da && issue.message.en === b[i]!.message.en);
}

export class FormStore {
  readonly definition: FormDefinition;
  private snapshot: FormSnapshot;
  private readonly listeners = new Set<() => void>();
  private enabledCache = new Map<string, boolean>();
  /** Path keys the user changed (their completeness issues show). */
  private readonly touched = new Set<string>();
  private saved: Answers;

  constructor(private readonly options: FormStoreOptions) {
    this.definition = options.definition;
    this.saved = options.saved;
    this.snapshot = this.compute(options.answers, 'draft', EMPTY_SERVER, null, 0);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): FormSnapshot => this.snapshot;

  /** Sets one answer (undefined removes it) and validates. */
  setValue(path: AnswerPath, value: unknown): void {
    const answers = setAt(this.snapshot.answers, path, value);
    this.touched.add(pathKey(path));
    let serverIssues = this.snapshot.serverIssues;
    if (serverIssues.size > 0) {
      // A server's issue is about the answer it saw: gone once the item (or anything inside it) changes.
      const key = pathKey(path);
      const next = new Map([...serverIssues].filter(([issueKey]) => issueKey !== key && !issueKey.startsWith(`${key}.`) && !key.startsWith(`${issueKey}.`)));
      if (next.size !== serverIssues.size) serverIssues = next;
    }
    this.commit(answers, this.snapshot.mode, serverIssues);
  }

  /** Replaces every answer (a restored draft, a merge). */
  replaceAnswers(answers: Answers): void {
    this.commit(answers, this.snapshot.mode, EMPTY_SERVER);
  }

  /** After a submit attempt the completeness issues (REQUIRED, TOO_FEW) show too, and go as they are fixed. */
  setMode(mode: ValidationMode): void {
    if (mode !== this.snapshot.mode) this.commit(this.snapshot.answers, mode, this.snapshot.serverIssues);
  }

  setServerIssues(issues: ReadonlyMap<string, readonly ShownIssue[]>): void {
    this.commit(this.snapshot.answers, this.snapshot.mode, issues);
  }

  /** The server now holds these answers (after a save or a merge). */
  setSaved(saved: Answers): void {
    this.saved = saved;
  }

  get savedAnswers(): Answers {
    return this.saved;
  }

  /** The issues a draft save would be refused for. */
  draftIssues(): ValidationIssue[] {
    return this.snapshot.allIssues.filter(blocksDraft);
  }

  /** Whether the item at this path is shown (enableWhen, by the shared isItemEnabled); cached per change. */
  isEnabled(path: AnswerPath): boolean {
    if (this.unconditional(path)) return true;
    const key = pathKey(path);
    let enabled = this.enabledCache.get(key);
    if (enabled === undefined) {
      enabled = isItemEnabled(this.definition, [...path], this.snapshot.answers);
      this.enabledCache.set(key, enabled);
    }
    return enabled;
  }

  /** No enableWhen on the item, its section or the groups around it: always shown (most items). */
  private unconditional(path: AnswerPath): boolean {
    let node = typeof path[0] === 'string' ? indexDefinition(this.definition).topLevel.get(path[0]) : undefined;
    if (!node || node.conditions !== null || node.section.conditions !== null) return false;
    for (let i = 2; i < path.length; i += 2) {
      const id = path[i];
      node = typeof id === 'string' ? node.childById.get(id) : undefined;
      if (!node || node.conditions !== null) return false;
    }
    return true;
  }

  /** Whether a section is shown (its enableWhen); cached per change. */
  isSectionShown(sectionId: string): boolean {
    const key = `section:${sectionId}`;
    let enabled = this.enabledCache.get(key);
    if (enabled === undefined) {
      enabled = isSectionEnabled(this.definition, sectionId, this.snapshot.answers);
      this.enabledCache.set(key, enabled);
    }
    return enabled;
  }

  private validate(effective: Answers): ValidationIssue[] {
    const role = this.options.role;
    return validateResponse(this.definition, effective, { mode: 'submit', today: this.options.today, ...(role ? { role, previous: this.saved } : {}) });
  }

  private shown(issue: ValidationIssue, mode: ValidationMode): boolean {
    return mode === 'submit' || blocksDraft(issue) || this.touched.has(pathKey(issue.path));
  }

  private compute(answers: Answers, mode: ValidationMode, serverIssues: ReadonlyMap<string, readonly ShownIssue[]>, previous: FormSnapshot | null, revision: number): FormSnapshot {
    const effective = pruneHidden(this.definition, answers);
    const allIssues = this.validate(effective);
    const issues = mode === 'submit' ? allIssues : allIssues.filter((issue) => this.shown(issue, mode));
    const grouped = new Map<string, ValidationIssue[]>();
    for (const issue of issues) {
      const key = pathKey(issue.path);
      const list = grouped.get(key);
      if (list) list.push(issue);
      else grouped.set(key, [issue]);
    }
    // Keep the previous array where nothing changed, so only items whose issues changed re-render.
    const issuesByPath = new Map<string, readonly ValidationIssue[]>();
    for (const [key, list] of grouped) {
      const before = previous?.issuesByPath.get(key);
      issuesByPath.set(key, before && sameIssues(before, list) ? before : list);
    }
    let derived = computeDerived(this.definition, effective);
    if (previous && sameJson(previous.derived, derived)) derived = previous.derived;
    return { answers, effective, allIssues, issues, issuesByPath, serverIssues, derived, mode, revision };
  }

  private commit(answers: Answers, mode: ValidationMode, serverIssues: ReadonlyMap<string, readonly ShownIssue[]>): void {
    this.enabledCache = new Map();
    this.snapshot = this.compute(answers, mode, serverIssues, this.snapshot, this.snapshot.revision + 1);
    for (const listener of this.listeners) listener();
  }

  /** Issues at exactly this path ([] when none). */
  issuesAt(key: string): readonly ValidationIssue[] {
    return this.snapshot.issuesByPath.get(key) ?? EMPTY_ISSUES;
  }
}
