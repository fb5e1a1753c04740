import { Fragment, useState } from 'react';
import { ScrollBox } from '../../components/scroll-box.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { formatDateTime, useLanguage, useTexts } from '../../i18n/language.js';
import { AuditEntryDetails } from './audit-entry-details.js';
import type { AuditLogView } from './audit-log-filter.js';
import { type EntryFacts, operationTitle, roleName, userName } from './audit-log-format.js';
import { AUDIT_LOG_TEXTS } from './audit-log-texts.js';
import { useViewer } from '../../session/session.js';

const OUTCOME_BADGE: Record<EntryFacts['outcome'], string> = {
  OK: 'badge badge-success',
  REFUSED: 'badge badge-warning',
  ERROR: 'badge badge-error',
  UNAUTHENTICATED: 'badge badge-error',
};

/** The entries, newest first; each row opens a details row below it (objects, refusals, request id, IP, browser). */
export function AuditLogTable({ entries, view }: { entries: readonly EntryFacts[]; view: AuditLogView }) {
  const t = useTexts(AUDIT_LOG_TEXTS);
  const { roles } = useTexts(COMMON_TEXTS);
  const viewer = useViewer();
  // Another organisation's user (a provider's staff in a citizen's entries) is named with their organisation.
  const elsewhere = (entry: EntryFacts) => (entry.organizationName && entry.organizationName !== viewer.organization.name ? entry.organizationName : null);
  const { language } = useLanguage();
  const [open, setOpen] = useState<ReadonlySet<number>>(() => new Set());
  const toggle = (sequence: number) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(sequence)) next.add(sequence);
      return next;
    });
  const c = t.columns;
  const columnCount = 9;

  return (
    <ScrollBox label={t.caption} className="audit-log-scroll">
      <table className="table table--compact audit-log-table">
        <caption>{t.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.details}</th>
            <th scope="col">{c.time}</th>
            <th scope="col">{c.user}</th>
            <th scope="col">{c.operation}</th>
            <th scope="col">{c.outcome}</th>
            <th scope="col">{c.purpose}</th>
            <th scope="col" className="numeric">
              {c.read}
            </th>
            <th scope="col" className="numeric">
              {c.written}
            </th>
            <th scope="col" className="numeric">
              {c.refused}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const time = formatDateTime(entry.occurredAt, language);
            const expanded = open.has(entry.sequence);
            const detailsId = `audit-entry-${entry.sequence}`;
            return (
              <Fragment key={entry.sequence}>
                <tr className={expanded ? 'audit-row audit-row-open' : 'audit-row'} data-sequence={entry.sequence}>
                  <td>
                    <button type="button" className="button button-tertiary button-small audit-toggle" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined} onClick={() => toggle(entry.sequence)}>
                      {expanded ? t.hideDetails : t.showDetails}
                      <span className="sr-only"> {t.detailsOf(time)}</span>
                    </button>
                  </td>
                  <td className="audit-time">
                    <time dateTime={entry.occurredAt}>{time}</time>
                  </td>
                  <td className="audit-user">
                    <span className="audit-user-name">{userName(entry, t)}</span>
                    {(entry.userRole || elsewhere(entry)) && <span className="audit-sub">{[roleName(entry.userRole, roles), elsewhere(entry)].filter(Boolean).join(', ')}</span>}
                  </td>
                  <td className="audit-operation">
                    <span>{operationTitle(entry, t)}</span>
                    {entry.rootFields.length > 0 && (
                      <span className="audit-sub">
                        {t.rootFields}: {entry.rootFields.join(', ')}
                      </span>
                    )}
                  </td>
                  <td>
                    <span className={OUTCOME_BADGE[entry.outcome]}>{t.outcomes[entry.outcome]}</span>
                  </td>
                  <td className="audit-purpose">{entry.purpose ?? <span className="muted">{t.noPurpose}</span>}</td>
                  <td className="numeric">{entry.read.length}</td>
                  <td className="numeric">{entry.written.length}</td>
                  <td className="numeric">{entry.refused.length}</td>
                </tr>
                {expanded && (
                  <tr className="audit-details-row" id={detailsId}>
                    <td colSpan={columnCount}>
                      <AuditEntryDetails entry={entry} view={view} heading={t.detailsLabel(time)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
