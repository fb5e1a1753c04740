import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useFailureMessage } from '../../apollo/failure-message.js';
import { ErrorAlert } from '../../components/status.js';
import { useTexts } from '../../i18n/language.js';
import { useViewer } from '../../session/session.js';
import { isAuthorityCaseworker } from '../contracts/viewer-rights.js';
import { safeFileName } from './citizen-insight-format.js';
import { CitizenInsightLog, INSIGHT_CONTEXT } from './citizen-insight-log.js';
import { CITIZEN_INSIGHT_DATA_EXPORT, CITIZEN_INSIGHT_LOG_EXPORT } from './citizen-insight-queries.js';
import { saveTextFile } from '../../components/save-file.js';
import { CITIZEN_INSIGHT_TEXTS, type InsightDownload } from './citizen-insight-texts.js';
import './citizen-insight.css';

/**
 * The citizen's right of access (GDPR art. 15) for the caseworker answering their request: who has looked at the
 * citizen's data (the access log, fetched only when opened) and the files to hand out. Only caseworkers and admins
 * of an authority see it; the API refuses everyone else.
 */
export function CitizenInsightSection({ citizenId }: { citizenId: string }) {
  const viewer = useViewer();
  if (!isAuthorityCaseworker(viewer)) return null;
  return <InsightSection citizenId={citizenId} />;
}

function InsightSection({ citizenId }: { citizenId: string }) {
  const t = useTexts(CITIZEN_INSIGHT_TEXTS);
  // Once opened the log stays mounted, so closing and opening again does not read (and log) it anew.
  const [opened, setOpened] = useState(false);
  const [open, setOpen] = useState(false);

  return (
    <section aria-labelledby="insight-heading" className="citizen-section insight-section">
      <h2 id="insight-heading">{t.heading}</h2>
      <p className="insight-lead">{t.intro}</p>

      <h3 id="insight-log-heading">{t.logHeading}</h3>
      <p>{t.logIntro}</p>
      <details
        className="details insight-details"
        onToggle={(e) => {
          const now = e.currentTarget.open;
          setOpen(now);
          if (now) setOpened(true);
        }}
      >
        <summary className="details-summary no-print">{open ? t.hideLog : t.showLog}</summary>
        <div className="details-text">{opened && <CitizenInsightLog citizenId={citizenId} />}</div>
      </details>

      <div className="no-print">
        <h3>{t.downloadsHeading}</h3>
        <p>{t.downloadsIntro}</p>
        <InsightDownloads citizenId={citizenId} />
      </div>
    </section>
  );
}

interface DownloadState {
  busy: boolean;
  error: string | null;
}

const IDLE: DownloadState = { busy: false, error: null };
const KINDS: readonly InsightDownload[] = ['logCsv', 'logJson', 'data'];

/** The three downloads, each busy and disabled while its request runs, its error shown under the buttons. */
function InsightDownloads({ citizenId }: { citizenId: string }) {
  const t = useTexts(CITIZEN_INSIGHT_TEXTS);
  const client = useApolloClient();
  const describe = useFailureMessage();
  const [states, setStates] = useState<Record<InsightDownload, DownloadState>>({ logCsv: IDLE, logJson: IDLE, data: IDLE });
  const [status, setStatus] = useState('');
  const set = (kind: InsightDownload, state: DownloadState) => setStates((previous) => ({ ...previous, [kind]: state }));

  // Straight from the server every time, and kept out of the cache: the files are personal data.
  const fetchExport = async (kind: InsightDownload) => {
    const options = { fetchPolicy: 'no-cache', context: INSIGHT_CONTEXT } as const;
    if (kind === 'data') {
      const result = await client.query({ query: CITIZEN_INSIGHT_DATA_EXPORT, variables: { citizenId }, ...options });
      if (result.error) throw result.error;
      return result.data?.exportCitizenData;
    }
    const format = kind === 'logCsv' ? 'CSV' : 'JSON';
    const result = await client.query({ query: CITIZEN_INSIGHT_LOG_EXPORT, variables: { citizenId, format }, ...options });
    if (result.error) throw result.error;
    return result.data?.citizenAccessLogExport;
  };

  const download = async (kind: InsightDownload) => {
    const label = t.downloads[kind];
    set(kind, { busy: true, error: null });
    setStatus(t.fetching(label));
    try {
      const file = await fetchExport(kind);
      if (!file) throw new Error(t.failed(label));
      const fileName = safeFileName(file.fileName, kind === 'logCsv' ? 'adgangslog.csv' : kind === 'logJson' ? 'adgangslog.json' : 'borgerdata.json');
      saveTextFile(fileName, file.content, file.contentType);
      set(kind, IDLE);
      setStatus(t.saved(fileName));
    } catch (error) {
      set(kind, { busy: false, error: describe(error) });
      setStatus('');
    }
  };

  return (
    <div className="insight-downloads">
      <div className="button-row">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button button-secondary"
            data-download={kind}
            disabled={states[kind].busy}
            aria-busy={states[kind].busy}
            onClick={() => void download(kind)}
          >
            {t.downloads[kind]}
          </button>
        ))}
      </div>
      <p className="insight-status muted" role="status">
        {status}
      </p>
      {KINDS.map((kind) => {
        const error = states[kind].error;
        return error ? (
          <div key={kind} data-download-error={kind}>
            <ErrorAlert error={`${t.failed(t.downloads[kind])}: ${error}`} />
          </div>
        ) : null;
      })}
    </div>
  );
}
