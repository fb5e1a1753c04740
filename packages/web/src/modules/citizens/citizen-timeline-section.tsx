import { useMemo } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime, useLanguage, useTexts, type Texts } from '../../i18n/language.js';
import { serviceTypeLabel } from '../contracts/contract-labels.js';
import type { CitizenContract } from './citizen-query.js';
import { buildTimeline, type TimelineEntry, type TimelineKind } from './citizen-timeline.js';

interface TimelineTexts {
  heading: string;
  empty: string;
  kind: Record<TimelineKind, string>;
  onTime: string;
  late: string;
  acknowledged: string;
  notAcknowledged: string;
  version: string;
}

const TEXTS: Texts<TimelineTexts> = {
  da: {
    heading: 'Tidslinje',
    empty: 'Der er endnu ingen møder, statusnotater, ændringsmeddelelser eller kontraktversioner.',
    kind: { MEETING_PLANNED: 'Opfølgningsmøde (planlagt)', MEETING_HELD: 'Opfølgningsmøde (afholdt)', STATUS_NOTE: 'Statusnotat', CHANGE_NOTICE: 'Ændringsmeddelelse', CONTRACT_VERSION: 'Kontraktversion' },
    onTime: 'rettidigt',
    late: 'for sent',
    acknowledged: 'kvitteret',
    notAcknowledged: 'ikke kvitteret',
    version: 'Version',
  },
  en: {
    heading: 'Timeline',
    empty: 'There are no meetings, status notes, change notices or contract versions yet.',
    kind: { MEETING_PLANNED: 'Follow-up meeting (planned)', MEETING_HELD: 'Follow-up meeting (held)', STATUS_NOTE: 'Status note', CHANGE_NOTICE: 'Change notice', CONTRACT_VERSION: 'Contract version' },
    onTime: 'on time',
    late: 'late',
    acknowledged: 'acknowledged',
    notAcknowledged: 'not acknowledged',
    version: 'Version',
  },
};

function detailOf(entry: TimelineEntry, t: TimelineTexts): string | null {
  switch (entry.kind) {
    case 'STATUS_NOTE':
      return entry.flag ? t.onTime : t.late;
    case 'CHANGE_NOTICE':
      return `${entry.detail} (${entry.flag ? t.acknowledged : t.notAcknowledged})`;
    case 'CONTRACT_VERSION':
      return `${t.version} ${entry.detail}`;
    default:
      return null;
  }
}

/** Everything that happened (and is planned) in the citizen's contracts, newest first. */
export function CitizenTimelineSection({ contracts }: { contracts: readonly CitizenContract[] }) {
  const t = useTexts(TEXTS);
  const { language } = useLanguage();
  const entries = useMemo(() => buildTimeline(contracts), [contracts]);
  const contractName = new Map(contracts.map((c) => [c.id, `${serviceTypeLabel(c.serviceType, language)}, ${c.provider.name}`]));

  return (
    <section aria-labelledby="timeline-heading" className="citizen-section">
      <h2 id="timeline-heading">{t.heading}</h2>
      {entries.length === 0 && <p>{t.empty}</p>}
      <ol className="timeline">
        {entries.map((entry) => {
          const detail = detailOf(entry, t);
          return (
            <li key={entry.key} className={`timeline-entry timeline-${entry.kind.toLowerCase().replace(/_/g, '-')}`}>
              <time dateTime={entry.at} className="timeline-time">
                {entry.at.length === 10 ? formatDate(entry.at, language) : formatDateTime(entry.at, language)}
              </time>
              <div className="timeline-body">
                <Link to={entry.href}>{t.kind[entry.kind]}</Link>
                {detail && <span> · {detail}</span>}
                <div className="muted timeline-contract">{contractName.get(entry.contractId)}</div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
