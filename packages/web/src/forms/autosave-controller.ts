/*
 * Debounced saving of a draft, one save at a time (each save needs the version the previous one returned).
 * Knows nothing of GraphQL: `run` saves whatever is current and says how it went. After a conflict the
 * controller stops until `resume()` (the merge view decides first).
 */

export type SaveOutcome =
  | { kind: 'saved'; at: Date; skipped: number }
  /** Nothing differed from the last save. */
  | { kind: 'unchanged' }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

export type AutosaveState =
  | { kind: 'idle' }
  /** Changes wait for the debounce. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; skipped: number }
  | { kind: 'conflict' }
  | { kind: 'failed'; message: string };

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface AutosaveOptions {
  delayMs: number;
  run: () => Promise<SaveOutcome>;
  onState: (state: AutosaveState) => void;
  timers?: Timers;
}

export class AutosaveController {
  private timer: unknown = null;
  private inFlight: Promise<SaveOutcome> | null = null;
  /** A change arrived while saving: save again afterwards. */
  private dirty = false;
  private paused = false;
  private disposed = false;
  private state: AutosaveState = { kind: 'idle' };
  private lastSaved: { at: Date; skipped: number } | null = null;
  private readonly timers: Timers;

  constructor(private readonly options: AutosaveOptions) {
    this.timers = options.timers ?? REAL_TIMERS;
  }

  get current(): AutosaveState {
    return this.state;
  }

  private setState(state: AutosaveState): void {
    this.state = state;
    if (!this.disposed) this.options.onState(state);
  }

  /** A change: save after the debounce (restarted by every further change). */
  schedule(): void {
    if (this.disposed || this.paused) return;
    if (this.inFlight) {
      this.dirty = true;
      return;
    }
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs);
    if (this.state.kind !== 'pending') this.setState({ kind: 'pending' });
  }

  /** Saves now (e.g. before submitting, or the retry button); resolves with the outcome of the last save run. */
  async flush(): Promise<SaveOutcome> {
    if (this.timer !== null) {
      this.timers.clear(this.timer);
      this.timer = null;
    }
    if (this.paused) return { kind: 'conflict' };
    if (this.inFlight) {
      this.dirty = true;
      await this.inFlight.catch(() => undefined);
      return this.inFlight ?? this.flush();
    }
    const run = this.runOnce();
    this.inFlight = run;
    try {
      return await run;
    } finally {
      this.inFlight = null;
      if (this.dirty && !this.paused && !this.disposed) {
        this.dirty = false;
        this.schedule();
      }
    }
  }

  private async runOnce(): Promise<SaveOutcome> {
    this.dirty = false;
    this.setState({ kind: 'saving' });
    let outcome: SaveOutcome;
    try {
      outcome = await this.options.run();
    } catch (error) {
      outcome = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    switch (outcome.kind) {
      case 'saved':
        this.lastSaved = { at: outcome.at, skipped: outcome.skipped };
        this.setState({ kind: 'saved', ...this.lastSaved });
        break;
      case 'unchanged':
        this.setState(this.lastSaved ? { kind: 'saved', ...this.lastSaved } : { kind: 'idle' });
        break;
      case 'conflict':
        this.paused = true;
        this.dirty = false;
        this.setState({ kind: 'conflict' });
        break;
      case 'failed':
        this.setState({ kind: 'failed', message: outcome.message });
        break;
    }
    return outcome;
  }

  /** Stop saving until resume() (a merge waits for the user). */
  pause(): void {
    this.paused = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    this.setState({ kind: 'conflict' });
  }

  /** Continue after the conflict is resolved; saves at once. */
  resume(): Promise<SaveOutcome> {
    this.paused = false;
    return this.flush();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }
}
