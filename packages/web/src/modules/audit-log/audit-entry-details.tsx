import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTexts } from '../../i18n/language.js';
import type { AuditLogView } from './audit-log-filter.js';
import { writeView } from './audit-log-filter.js';
import type { EntryFacts } from './audit-log-format.js';
import { AUDIT_LOG_TEXTS } from './audit-log-texts.js';

/** An address of this page showing the view narrowed to one user or citizen. */
export const viewLink = (view: AuditLogView) => `/audit-log?${writeView(view).toString()}`;

function Refs({ list }: { list: readonly { type: string; id: string }[] }) {
  const t = useTexts(AUDIT_LOG_TEXTS);
  if (list.length === 0) return <>{t.details.none}</>;
  return (
    <ul className="audit-refs nobullet-list">
      {list.map((o) => (
        <li key={`${o.type}:${o.id}`}>
          {o.type} <code>{o.id}</code>
        </li>
      ))}
    </ul>
  );
}

/** Everything an entry records beyond its table row: objects read and written, refusals, request, IP and browser. */
export function AuditEntryDetails({ entry, view, heading }: { entry: EntryFacts; view: AuditLogView; heading: string }) {
  const t = useTexts(AUDIT_LOG_TEXTS);
  const d = t.details;
  const text = (value: string | null | undefined) => (value ? value : <span className="muted">{d.unknown}</span>);
  const items: [string, ReactNode][] = [
    [d.read, <Refs key="read" list={entry.read} />],
    [d.written, <Refs key="written" list={entry.written} />],
    [
      d.refused,
      entry.refused.length === 0 ? (
        d.none
      ) : (
        <ul key="refused" className="nobullet-list">
          {entry.refused.map((r) => (
            <li key={`${r.operation}:${r.reason}`}>
              <code>{r.operation}</code>: {r.reason}
            </li>
          ))}
        </ul>
      ),
    ],
    [
      d.citizens,
      entry.citizenIds.length === 0 ? (
        d.none
      ) : (
        <ul key="citizens" className="nobullet-list">
          {entry.citizenIds.map((id) => (
            <li key={id}>
              <code>{id}</code>{' '}
              {view.citizen !== id && (
                <Link to={viewLink({ ...view, citizen: id })}>
                  {d.onlyThisCitizen}
                  <span className="sr-only"> ({id})</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      ),
    ],
  ];
  if (entry.searches.length > 0) items.push([d.searches, entry.searches.join('; ')]);
  if (entry.errorCodes.length > 0) items.push([d.errorCodes, entry.errorCodes.join(', ')]);
  if (entry.note) items.push([d.note, <code key="note" className="audit-note">{entry.note}</code>]);
  items.push(
    [
      d.userId,
      entry.userId ? (
        <>
          <code>{entry.userId}</code>{' '}
          {view.user !== entry.userId && <Link to={viewLink({ ...view, user: entry.userId })}>{d.onlyThisUser}</Link>}
        </>
      ) : (
        text(null)
      ),
    ],
    [d.requestId, entry.requestId ? <code key="request">{entry.requestId}</code> : text(null)],
    [d.ip, text(entry.ip)],
    [d.userAgent, text(entry.userAgent)],
    [d.sequence, String(entry.sequence)],
  );

  return (
    <section className="audit-details" aria-label={heading}>
      <dl className="audit-details-list">
        {items.map(([label, value]) => (
          <div key={label} className="audit-details-item">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
