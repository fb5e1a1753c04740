import type { TableItem } from '@treklang/schema';
import { memo, useMemo } from 'react';
import { errorIdOf, inputIdOf, pathKey, type AnswerPath } from '../answer-path.js';
import { FieldHint, FieldMessages, ItemLabelText } from '../field-shell.js';
import { useFormContext, useMessages, type ItemProps } from '../form-context.js';
import { localized } from '../format-answer.js';
import { ItemView } from '../item-view.js';

const TableRow = memo(function TableRow({ node, path, rowId, label }: ItemProps & { rowId: string; label: string }) {
  const columnPaths = useMemo(() => node.children.map((column) => [...path, rowId, column.id] as AnswerPath), [node, path, rowId]);
  const key = pathKey([...path, rowId]);
  const messages = useMessages(key);
  return (
    <fieldset className="form-table-row" data-row={rowId}>
      <legend className="form-table-row-label">{label}</legend>
      <FieldMessages inputId={inputIdOf(key)} messages={messages} />
      <div className="form-table-cells">
        {node.children.map((column, i) => (
          <ItemView key={column.id} node={column} path={columnPaths[i]!} />
        ))}
      </div>
    </fieldset>
  );
});

/** A fixed table: one fieldset per row (the statement as its legend), the same columns in each. */
export const TableRenderer = memo(function TableRenderer({ node, path }: ItemProps) {
  const { language } = useFormContext();
  const key = pathKey(path);
  const inputId = inputIdOf(key);
  const messages = useMessages(key);
  const item = node.item as TableItem;
  const invalid = messages.length > 0;
  const describedBy = [item.help ? `${inputId}-hint` : null, invalid ? errorIdOf(inputId) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group form-table${invalid ? ' form-error' : ''}`} data-item={node.id}>
      <fieldset id={inputId} tabIndex={-1} aria-describedby={describedBy}>
        <legend className="form-label">
          <ItemLabelText node={node} />
        </legend>
        <FieldHint node={node} inputId={inputId} />
        <FieldMessages inputId={inputId} messages={messages} />
        {item.rows.map((row) => (
          <TableRow key={row.id} node={node} path={path} rowId={row.id} label={localized(row.label, language)} />
        ))}
      </fieldset>
    </div>
  );
});
