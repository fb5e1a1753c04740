import { ERASURE_CONFIRMATION } from '@treklang/schema';

/*
 * What the anonymisation section shows, from the API's citizenErasure status: already anonymised, an open case,
 * a date to wait for, or the confirmation form. The API decides; the page only picks the words and the form.
 */

export type ErasureState =
  | { kind: 'erased' }
  | { kind: 'open' }
  | { kind: 'waiting'; erasableFrom: string; lastActivityOn: string }
  | { kind: 'erasable'; lastActivityOn: string };

export interface ErasureStatusLike {
  lastActivityOn: string;
  erasableFrom: string;
  caseOpen: boolean;
  erased: boolean;
  erasable: boolean;
}

export function erasureStateOf(status: ErasureStatusLike): ErasureState {
  if (status.erased) return { kind: 'erased' };
  if (status.caseOpen) return { kind: 'open' };
  if (status.erasable) return { kind: 'erasable', lastActivityOn: status.lastActivityOn };
  return { kind: 'waiting', erasableFrom: status.erasableFrom, lastActivityOn: status.lastActivityOn };
}

/** Whether the typed confirmation is the word; spaces around it do not count. */
export function isConfirmed(typed: string): boolean {
  return typed.trim() === ERASURE_CONFIRMATION;
}
