import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { COMMON_TEXTS } from '../../i18n/common-texts.js';
import { formatDate, useLanguage, useTexts, type Texts } from '../../i18n/language.js';
import { CONTRACT_LABELS, goalTypeLabel, themeName } from './contract-labels.js';
import { ContractFacts } from './contract-header.js';
import { CONTRACT_PAGE } from './contract-query.js';
import { CONTRACT_TEXTS } from './contract-texts.js';
import { GOAL_TEXTS } from './goal-texts.js';
import './contracts.css';

const TEXTS: Texts<{ documentTitle: (version: number) => string; back: string; printHint: string; signature: string; date: string; approvedSubGoals: string; noSubGoals: string; printedOn: (date: string) => string }> = {
  da: {
    documentTitle: (version) => (version ? `Kontrakt, version ${version}` : 'Kontrakt (udkast)'),
    back: 'Tilbage til kontrakten',
    printHint: 'Vælg "Gem som PDF" i udskriftsdialogen for at få et dokument, der kan sendes til borgeren.',
    signature: 'Underskrift',
    date: 'Dato',
    approvedSubGoals: 'Godkendte delmål',
    noSubGoals: 'Ingen godkendte delmål endnu.',
    printedOn: (date) => `Udskrevet ${date} fra Treklang.`,
  },
  en: {
    documentTitle: (version) => (version ? `Contract, version ${version}` : 'Contract (draft)'),
    back: 'Back to the contract',
    printHint: 'Choose "Save as PDF" in the print dialogue to get a document to send to the citizen.',
    signature: 'Signature',
    date: 'Date',
    approvedSubGoals: 'Approved sub-goals',
    noSubGoals: 'No approved sub-goals yet.',
    printedOn: (date) => `Printed ${date} from Treklang.`,
  },
};

/** The contract as a clean document for the citizen: terms, goals with approved sub-goals, and signatures. */
export function ContractPrintPage() {
  const t = useTexts(TEXTS);
  const c = useTexts(CONTRACT_TEXTS);
  const g = useTexts(GOAL_TEXTS);
  const common = useTexts(COMMON_TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  const { language } = useLanguage();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CONTRACT_PAGE, { variables: { id } });

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const contract = data?.contract;
  if (!contract) return <PageTitle title={c.notFound} />;
  const goals = [...contract.goals].filter((goal) => goal.status !== 'DISCONTINUED').sort((a, b) => a.priority - b.priority);

  return (
    <article className="contract-document">
      <div className="no-print print-toolbar">
        <Link to={`/contracts/${encodeURIComponent(contract.id)}`}>{t.back}</Link>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {common.print}
        </button>
        <p className="muted">{t.printHint}</p>
      </div>
      <PageTitle title={t.documentTitle(contract.documentVersion)} />
      <p className="document-parties">
        {contract.authority.name} · {contract.provider.name}
      </p>
      <section aria-labelledby="print-terms">
        <h2 id="print-terms">{c.headerHeading}</h2>
        <ContractFacts contract={contract} linkCitizen={false} />
      </section>
      <section aria-labelledby="print-goals">
        <h2 id="print-goals">{c.goalsHeading}</h2>
        {goals.map((goal) => {
          const approved = goal.subGoals.filter((s) => s.approval === 'APPROVED');
          return (
            <div key={goal.id} className="print-goal print-avoid-break">
              <h3>{g.goalHeading(goal.priority, goal.title)}</h3>
              <dl className="facts">
                <div className="fact">
                  <dt>{g.theme}</dt>
                  <dd>{themeName(goal.lifeTheme, language)}</dd>
                </div>
                <div className="fact">
                  <dt>{g.goalType}</dt>
                  <dd>{goalTypeLabel(goal.goalType, language)}</dd>
                </div>
                <div className="fact">
                  <dt>{g.deadline}</dt>
                  <dd>{formatDate(goal.deadline, language)}</dd>
                </div>
                <div className="fact">
                  <dt>{g.status}</dt>
                  <dd>{labels.goalStatus[goal.status]}</dd>
                </div>
                <div className="fact fact-wide">
                  <dt>{g.criterion}</dt>
                  <dd>{goal.measurableCriterion}</dd>
                </div>
              </dl>
              <h4>{t.approvedSubGoals}</h4>
              {approved.length ? (
                <ul>
                  {approved.map((s) => (
                    <li key={s.id}>{s.title}</li>
                  ))}
                </ul>
              ) : (
                <p>{t.noSubGoals}</p>
              )}
            </div>
          );
        })}
      </section>
      <section aria-labelledby="print-signatures" className="print-avoid-break">
        <h2 id="print-signatures">{c.signaturesHeading}</h2>
        <div className="signature-boxes">
          {(['BUYER', 'SELLER'] as const).map((party) => {
            const signature = contract.signatures.find((s) => s.party === party);
            return (
              <div className="signature-box" key={party}>
                <p className="signature-party">
                  <strong>{labels.party[party]}</strong>: {party === 'BUYER' ? contract.authority.name : contract.provider.name}
                </p>
                <p className="signature-line">
                  {t.signature}: {signature?.name ?? ''}
                </p>
                <p className="signature-line">
                  {t.date}: {signature ? formatDate(signature.signedOn, language) : ''}
                </p>
              </div>
            );
          })}
        </div>
      </section>
      <p className="muted print-footer">{t.printedOn(formatDate(new Date().toISOString(), language))}</p>
    </article>
  );
}
