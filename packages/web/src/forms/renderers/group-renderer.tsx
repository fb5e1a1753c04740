import type { GroupItem, ItemNode } from '@treklang/schema';
import { memo, useMemo } from 'react';
import { useTexts } from '../../i18n/language.js';
import { errorIdOf, getAt, inputIdOf, pathKey, type AnswerPath } from '../answer-path.js';
import { FieldHint, FieldMessages, ItemLabelText } from '../field-shell.js';
import { useEntryCount, useFormContext, useFormSelector, useMessages, type ItemProps } from '../form-context.js';
import { entryLabel, localized } from '../format-answer.js';
import { ItemView } from '../item-view.js';
import { RENDERER_TEXTS } from '../renderer-texts.js';

/** The SMART check of one goal entry, computed live by the shared goalSmartness. */
function GoalSmartness({ index }: { index: number }) {
  const t = useTexts(RENDERER_TEXTS);
  const assessment = useFormSelector((snapshot) => snapshot.derived.goalSmartness?.[index]);
  if (!assessment) return null;
  return (
    <p className={`form-derived-hint${assessment.complete ? ' form-derived-hint--ok' : ''}`} role="status">
      {assessment.complete ? t.smartComplete : t.smartMissing(assessment.missing.map((part) => t.smartParts[part]).join(', '))}
    </p>
  );
}

const GroupEntry = memo(function GroupEntry({ node, path, index, canRemove, onRemove }: { node: ItemNode; path: AnswerPath; index: number; canRemove: boolean; onRemove: (index: number) => void }) {
  const { language, store } = useFormContext();
  const t = useTexts(RENDERER_TEXTS);
  const childPaths = useMemo(() => node.children.map((child) => [...path, index, child.id]), [node, path, index]);
  const key = pathKey([...path, index]);
  const messages = useMessages(key);
  const label = entryLabel(node, index, language);
  const smart = node.id === 'goals' && store.definition.derived?.includes('goalSmartness');
  return (
    <fieldset className="form-entry" id={`${inputIdOf(key)}-entry`}>
      <legend className="form-entry-legend">{label}</legend>
      <FieldMessages inputId={inputIdOf(key)} messages={messages} />
      {node.children.map((child, i) => (
        <ItemView key={child.id} node={child} path={childPaths[i]!} />
      ))}
      {smart && <GoalSmartness index={index} />}
      {canRemove && (
        <button type="button" className="button button-tertiary form-entry-remove" onClick={() => onRemove(index)}>
          {t.removeEntry(label)}
        </button>
      )}
    </fieldset>
  );
});

/** A repeating group: numbered entries, each answering the group's items; entries added and removed by its filler. */
export const GroupRenderer = memo(function GroupRenderer({ node, path }: ItemProps) {
  const { store, language, role, formReadOnly } = useFormContext();
  const t = useTexts(RENDERER_TEXTS);
  const key = pathKey(path);
  const inputId = inputIdOf(key);
  const count = useEntryCount(path);
  const messages = useMessages(key);
  const item = node.item as GroupItem;
  const max = typeof item.maxCount === 'number' ? item.maxCount : 100;
  // Entries of another role's group may be filled in, but only its filler adds or removes them; entries the
  // server made (they hold a server-filled item, e.g. one per goal) are never added or removed.
  const serverMade = node.children.some((child) => (child.item as { readOnly?: unknown }).readOnly === true);
  const mayChange = !formReadOnly && role !== null && node.filledBy.includes(role) && !serverMade;
  const one = localized(item.entryLabel ?? item.label, language);
  const entries = () => {
    const value = getAt(store.getSnapshot().answers, path);
    return Array.isArray(value) ? value : [];
  };
  const add = () => {
    const list = entries();
    store.setValue(path, [...list, {}]);
    requestAnimationFrame(() => {
      const entry = document.getElementById(`${inputIdOf(`${key}.${list.length}`)}-entry`);
      entry?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    });
  };
  const remove = (index: number) => {
    const next = entries().filter((_, i) => i !== index);
    store.setValue(path, next.length > 0 ? next : undefined);
    requestAnimationFrame(() => document.getElementById(`${inputId}-add`)?.focus() ?? document.getElementById(inputId)?.focus());
  };
  const invalid = messages.length > 0;
  const describedBy = [item.help ? `${inputId}-hint` : null, invalid ? errorIdOf(inputId) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group form-repeating${invalid ? ' form-error' : ''}`} data-item={node.id}>
      <fieldset id={inputId} tabIndex={-1} aria-describedby={describedBy}>
        <legend className="form-label">
          <ItemLabelText node={node} />
        </legend>
        <FieldHint node={node} inputId={inputId} />
        <FieldMessages inputId={inputId} messages={messages} />
        {count === 0 && <p className="muted">{t.noEntries}</p>}
        {Array.from({ length: count }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an entry is its position; its answers live in the store
          <GroupEntry key={i} node={node} path={path} index={i} canRemove={mayChange} onRemove={remove} />
        ))}
        {mayChange && (
          <div className="cluster form-repeating-actions">
            {count < max && (
              <button type="button" id={`${inputId}-add`} className="button button-secondary" onClick={add}>
                {t.addEntry(one)}
              </button>
            )}
            <span className="form-hint">{t.entryCount(count, max)}</span>
          </div>
        )}
      </fieldset>
    </div>
  );
});
