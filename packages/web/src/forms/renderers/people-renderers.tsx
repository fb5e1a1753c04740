import type { ParticipantsItem } from '@treklang/schema';
import { memo, useMemo } from 'react';
import { useTexts } from '../../i18n/language.js';
import { errorIdOf, inputIdOf, pathKey, type AnswerPath } from '../answer-path.js';
import { FieldMessages, FieldShell } from '../field-shell.js';
import { useAnswer, useField, useFormContext, useMessages, type ItemProps } from '../form-context.js';
import { RENDERER_TEXTS } from '../renderer-texts.js';

/** One text (or date) field of a structured answer: a participant's name, a signature's date. */
function SubField({ path, label, type = 'text' }: { path: AnswerPath; label: string; type?: 'text' | 'date' }) {
  const { store } = useFormContext();
  const key = pathKey(path);
  const inputId = inputIdOf(key);
  const value = useAnswer(path);
  const messages = useMessages(key);
  const invalid = messages.length > 0;
  return (
    <div className={`form-group form-subfield${invalid ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={inputId}>
        {label}
      </label>
      <FieldMessages inputId={inputId} messages={messages} />
      <input
        className={`form-input${type === 'date' ? ' input-width-m' : ''}`}
        type={type}
        id={inputId}
        name={key}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorIdOf(inputId) : undefined}
        onChange={(e) => store.setValue(path, e.target.value === '' ? undefined : e.target.value)}
      />
    </div>
  );
}

function Participant({ path, index, onRemove }: { path: AnswerPath; index: number; onRemove: (index: number) => void }) {
  const t = useTexts(RENDERER_TEXTS);
  const at = useMemo(() => [...path, index], [path, index]);
  const field = (name: string) => [...at, name];
  const messages = useMessages(pathKey(at));
  return (
    <fieldset className="form-entry form-participant">
      <legend className="form-entry-legend">{t.participant(index + 1)}</legend>
      <FieldMessages inputId={inputIdOf(pathKey(at))} messages={messages} />
      <div className="form-subfields">
        <SubField path={field('name')} label={t.participantName} />
        <SubField path={field('role')} label={t.participantRole} />
        <SubField path={field('organization')} label={t.participantOrganization} />
      </div>
      <button type="button" className="button button-tertiary" onClick={() => onRemove(index)}>
        {t.removeParticipant(index + 1)}
      </button>
    </fieldset>
  );
}

export const ParticipantsRenderer = memo(function ParticipantsRenderer({ node, path }: ItemProps) {
  const t = useTexts(RENDERER_TEXTS);
  const field = useField(node, path);
  const item = node.item as ParticipantsItem;
  const list = Array.isArray(field.value) ? (field.value as unknown[]) : [];
  const max = typeof item.maxCount === 'number' ? item.maxCount : 50;
  const remove = (index: number) => {
    const next = list.filter((_, i) => i !== index);
    field.setValue(next.length > 0 ? next : undefined);
    document.getElementById(`${field.inputId}-add`)?.focus();
  };
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages} fieldset>
      {list.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a participant is its position; the answers live in the store
        <Participant key={i} path={path} index={i} onRemove={remove} />
      ))}
      {list.length < max && (
        <button
          type="button"
          id={`${field.inputId}-add`}
          className="button button-secondary"
          onClick={() => {
            field.setValue([...list, { name: '', role: '' }]);
            requestAnimationFrame(() => document.getElementById(inputIdOf(`${field.key}.${list.length}.name`))?.focus());
          }}
        >
          {t.addParticipant}
        </button>
      )}
    </FieldShell>
  );
});

export const SignatureRenderer = memo(function SignatureRenderer({ node, path }: ItemProps) {
  const t = useTexts(RENDERER_TEXTS);
  const field = useField(node, path);
  return (
    <FieldShell node={node} inputId={field.inputId} messages={field.messages} fieldset>
      <div className="form-subfields">
        <SubField path={[...path, 'name']} label={t.signatureName} />
        <SubField path={[...path, 'role']} label={t.signatureRole} />
        <SubField path={[...path, 'date']} label={t.signatureDate} type="date" />
      </div>
    </FieldShell>
  );
});
