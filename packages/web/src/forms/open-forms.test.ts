import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeOpenForms, saveOpenForms, trackOpenForm, type OpenForm } from './open-forms.js';

const form = (save: () => Promise<boolean>): OpenForm & { closed: boolean } => {
  const f = {
    closed: false,
    saveBeforeLogout: save,
    close() {
      f.closed = true;
    },
  };
  return f;
};

describe('the open forms at logout', () => {
  const untrack: (() => void)[] = [];
  afterEach(() => {
    for (const u of untrack.splice(0)) u();
    vi.useRealTimers();
  });

  it('is saved when no form is open or every form saved', async () => {
    expect(await saveOpenForms()).toBe(true);
    untrack.push(trackOpenForm(form(async () => true)), trackOpenForm(form(async () => true)));
    expect(await saveOpenForms()).toBe(true);
  });

  it('is not saved when one form fails or throws', async () => {
    untrack.push(trackOpenForm(form(async () => true)), trackOpenForm(form(async () => false)));
    expect(await saveOpenForms()).toBe(false);
    for (const u of untrack.splice(0)) u();
    untrack.push(trackOpenForm(form(() => Promise.reject(new Error('offline')))));
    expect(await saveOpenForms()).toBe(false);
  });

  it('gives up after the timeout when a save hangs', async () => {
    vi.useFakeTimers();
    untrack.push(trackOpenForm(form(() => new Promise<boolean>(() => undefined))));
    const saved = saveOpenForms(5000);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await saved).toBe(false);
  });

  it('closes the forms still on the page, and forgets the ones that left', async () => {
    const staying = form(async () => true);
    const leaving = form(async () => true);
    untrack.push(trackOpenForm(staying));
    trackOpenForm(leaving)();
    closeOpenForms();
    expect(staying.closed).toBe(true);
    expect(leaving.closed).toBe(false);
  });
});
