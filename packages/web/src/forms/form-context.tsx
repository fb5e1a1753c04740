import type { FormRole, ItemNode } from '@treklang/schema';
import { createContext, useCallback, useContext, useSyncExternalStore, type ComponentType } from 'react';
import type { Language } from '../i18n/language.js';
import { errorIdOf, getAt, inputIdOf, pathKey, type AnswerPath } from './answer-path.js';
import type { FormSnapshot, FormStore } from './form-store.js';
import type { RankContext, RendererEntry } from './registry.js';

export interface ItemProps {
  node: ItemNode;
  path: AnswerPath;
}

export type ItemComponent = ComponentType<ItemProps>;

/** What a display item may show about the response's subject. */
export interface FormSubjectInfo {
  citizenName?: string | null;
  citizenCpr?: string | null;
  /** Names of objects a server-filled answer refers to by ID (a status note's goals), shown instead of the ID. */
  objectLabels?: Readonly<Record<string, string>>;
}

export interface FormContextValue {
  store: FormStore;
  role: FormRole | null;
  formReadOnly: boolean;
  language: Language;
  subject: FormSubjectInfo;
  rank: RankContext;
  /** The renderer of an item (memoised per item). */
  rendererFor(node: ItemNode): RendererEntry<ItemComponent> | null;
}

const FormContext = createContext<FormContextValue | null>(null);
export const FormContextProvider = FormContext.Provider;

export function useFormContext(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('A form item outside FormRenderer');
  return value;
}

/** A slice of the form's state; the component re-renders only when the slice changes (compared with Object.is). */
export function useFormSelector<T>(select: (snapshot: FormSnapshot, store: FormStore) => T): T {
  const { store } = useFormContext();
  return useSyncExternalStore(store.subscribe, () => select(store.getSnapshot(), store));
}

export function useAnswer(path: AnswerPath): unknown {
  return useFormSelector((snapshot) => getAt(snapshot.answers, path));
}

export function useEnabled(path: AnswerPath): boolean {
  return useFormSelector((_, store) => store.isEnabled(path));
}

export function useEntryCount(path: AnswerPath): number {
  return useFormSelector((snapshot) => {
    const value = getAt(snapshot.answers, path);
    return Array.isArray(value) ? value.length : 0;
  });
}

const NO_MESSAGES: readonly string[] = [];

/** The messages to show at a path, in the current language: the validator's, then the server's. */
export function useMessages(key: string): readonly string[] {
  const { language } = useFormContext();
  const local = useFormSelector((snapshot) => snapshot.issuesByPath.get(key));
  const server = useFormSelector((snapshot) => snapshot.serverIssues.get(key));
  if (!local && !server) return NO_MESSAGES;
  const messages = (local ?? []).map((issue) => issue.message[language]);
  for (const issue of server ?? []) if (!messages.includes(issue.message)) messages.push(issue.message);
  return messages;
}

/** What every field needs: its value, setter, ids and messages. */
export function useField(node: ItemNode, path: AnswerPath) {
  const { store } = useFormContext();
  const key = pathKey(path);
  const inputId = inputIdOf(key);
  const value = useAnswer(path);
  const messages = useMessages(key);
  const setValue = useCallback((next: unknown) => store.setValue(path, next), [store, path]);
  const invalid = messages.length > 0;
  const hasHelp = Boolean((node.item as { help?: unknown }).help);
  const describedBy = [hasHelp ? `${inputId}-hint` : null, invalid ? errorIdOf(inputId) : null].filter(Boolean).join(' ') || undefined;
  return { key, inputId, value, setValue, messages, invalid, describedBy };
}
