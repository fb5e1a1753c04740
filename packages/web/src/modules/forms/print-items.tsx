import { isItemEnabled, type Answers, type FormDefinition, type ItemNode, type SectionNode } from '@treklang/schema';
import type { ReactNode } from 'react';
import { ScrollBox } from '../../components/scroll-box.js';
import { getAt, type AnswerPath } from '../../forms/answer-path.js';
import { entryLabel, formatAnswer, localized, type Lang } from '../../forms/format-answer.js';

/*
 * A response as a document: each shown question with its answer, groups as numbered sub-sections, tables as
 * tables. Items hidden by their conditions are left out, as they are in the form.
 */

interface PrintContext {
  definition: FormDefinition;
  answers: Answers;
  language: Lang;
  noAnswer: string;
  subject: { citizenName?: string | null; citizenCpr?: string | null; objectLabels?: Readonly<Record<string, string>> };
}

function Answer({ text, noAnswer }: { text: string; noAnswer: string }) {
  return text ? <dd className="print-answer">{text}</dd> : <dd className="print-answer print-answer--empty">{noAnswer}</dd>;
}

function PrintLeaf({ node, path, context }: { node: ItemNode; path: AnswerPath; context: PrintContext }) {
  const { language } = context;
  if (node.item.type === 'display') {
    const field = node.item.subjectField;
    if (!field) return null;
    const value = field === 'citizen.name' ? context.subject.citizenName : context.subject.citizenCpr;
    return (
      <div className="print-item">
        <dt>{localized(node.item.label, language)}</dt>
        <Answer text={value ?? ''} noAnswer={context.noAnswer} />
      </div>
    );
  }
  return (
    <div className="print-item" data-path={path.join('.')}>
      <dt>{localized(node.item.label, language)}</dt>
      <Answer text={answerText(node, getAt(context.answers, path), context)} noAnswer={context.noAnswer} />
    </div>
  );
}

function answerText(node: ItemNode, value: unknown, context: PrintContext): string {
  const named = typeof value === 'string' ? context.subject.objectLabels?.[value] : undefined;
  return named ?? formatAnswer(node, value, context.language);
}

function PrintTable({ node, path, context }: { node: ItemNode; path: AnswerPath; context: PrintContext }) {
  const { language } = context;
  if (node.item.type !== 'table') return null;
  const rows = node.item.rows;
  return (
    <ScrollBox label={localized(node.item.label, language)} className="print-table-wrap">
      <table className="table table--compact print-table">
        <caption>{localized(node.item.label, language)}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{localized(node.item.label, language)}</span>
            </th>
            {node.children.map((column) => (
              <th key={column.id} scope="col">
                {localized(column.item.label, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{localized(row.label, language)}</th>
              {node.children.map((column) => {
                const at = [...path, row.id, column.id];
                const shown = isItemEnabled(context.definition, at, context.answers);
                return <td key={column.id}>{shown ? formatAnswer(column, getAt(context.answers, at), language) : ''}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function PrintGroup({ node, path, context, level }: { node: ItemNode; path: AnswerPath; context: PrintContext; level: number }) {
  const { language } = context;
  const value = getAt(context.answers, path);
  const entries = Array.isArray(value) ? value : [];
  const Heading = `h${Math.min(level, 6)}` as 'h3';
  const EntryHeading = `h${Math.min(level + 1, 6)}` as 'h4';
  return (
    <div className="print-group">
      <Heading className="print-group-title">{localized(node.item.label, language)}</Heading>
      {entries.length === 0 && <p className="print-answer--empty">{context.noAnswer}</p>}
      {entries.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an entry is its position
        <div key={i} className="print-entry print-avoid-break">
          <EntryHeading>{entryLabel(node, i, language)}</EntryHeading>
          <PrintItems nodes={node.children} prefix={[...path, i]} context={context} level={level + 2} />
        </div>
      ))}
    </div>
  );
}

/** Questions in order; consecutive simple answers share a definition list, groups and tables stand on their own. */
function PrintItems({ nodes, prefix, context, level }: { nodes: readonly ItemNode[]; prefix: AnswerPath; context: PrintContext; level: number }) {
  const blocks: ReactNode[] = [];
  let run: ReactNode[] = [];
  const endRun = () => {
    if (run.length > 0) blocks.push(<dl key={`dl-${blocks.length}`} className="print-answers">{run}</dl>);
    run = [];
  };
  for (const node of nodes) {
    const path = [...prefix, node.id];
    if (!isItemEnabled(context.definition, path, context.answers)) continue;
    if (node.item.type === 'group' || node.item.type === 'table') {
      endRun();
      blocks.push(
        node.item.type === 'group' ? <PrintGroup key={node.id} node={node} path={path} context={context} level={level} /> : <PrintTable key={node.id} node={node} path={path} context={context} />,
      );
    } else run.push(<PrintLeaf key={node.id} node={node} path={path} context={context} />);
  }
  endRun();
  return <>{blocks}</>;
}

export function PrintSection({ section, context }: { section: SectionNode; context: PrintContext }) {
  const { language } = context;
  return (
    <section className="print-section" aria-labelledby={`print-${section.section.id}`}>
      <h2 id={`print-${section.section.id}`}>{localized(section.section.title, language)}</h2>
      <PrintItems nodes={section.items} prefix={[]} context={context} level={3} />
    </section>
  );
}
