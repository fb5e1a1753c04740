import { SCALES } from '@treklang/schema';
import { lazy, Suspense } from 'react';
import { formatDate, useLanguage, useTexts, type Texts } from '../../i18n/language.js';
import { CONTRACT_LABELS, goalTypeLabel, themeName } from '../contracts/contract-labels.js';
import type { CitizenGoal } from './citizen-query.js';
import { progressSeries } from './goal-progress.js';

const GoalProgressChart = lazy(async () => ({ default: (await import('./goal-progress-chart.js')).GoalProgressChart }));

interface CardTexts {
  theme: string;
  goalType: string;
  deadline: string;
  status: string;
  baseline: string;
  followUp: string;
  noReadings: string;
  readingsCaption: (title: string) => string;
  readingsSummary: (count: number) => string;
  legendReadings: string;
  legendBaseline: (value: number) => string;
  date: string;
  kind: string;
  value: string;
  chartSummary: (scale: string, baseline: string, latest: string, count: number) => string;
  notYet: string;
  loadingChart: string;
}

const TEXTS: Texts<CardTexts> = {
  da: {
    theme: 'Livstema',
    goalType: 'Måltype',
    deadline: 'Frist',
    status: 'Status',
    baseline: 'Baseline',
    followUp: 'Opfølgning',
    noReadings: 'Ingen målinger endnu.',
    readingsCaption: (title) => `Målinger for målet "${title}"`,
    readingsSummary: (count) => `Vis målingerne i tal (${count})`,
    legendReadings: 'Målinger',
    legendBaseline: (value) => `Baseline (${value})`,
    date: 'Dato',
    kind: 'Måling',
    value: 'Score',
    chartSummary: (scale, baseline, latest, count) => `Graf over ${count} målinger på ${scale}: baseline ${baseline}, seneste opfølgning ${latest}.`,
    notYet: 'ingen endnu',
    loadingChart: 'Henter graf…',
  },
  en: {
    theme: 'Life theme',
    goalType: 'Goal type',
    deadline: 'Deadline',
    status: 'Status',
    baseline: 'Baseline',
    followUp: 'Follow-up',
    noReadings: 'No readings yet.',
    readingsCaption: (title) => `Readings for the goal "${title}"`,
    readingsSummary: (count) => `Show the readings as numbers (${count})`,
    legendReadings: 'Readings',
    legendBaseline: (value) => `Baseline (${value})`,
    date: 'Date',
    kind: 'Reading',
    value: 'Score',
    chartSummary: (scale, baseline, latest, count) => `Chart of ${count} readings on ${scale}: baseline ${baseline}, latest follow-up ${latest}.`,
    notYet: 'none yet',
    loadingChart: 'Loading chart…',
  },
};

/** One goal: its facts, a small chart of baseline against follow-ups, and the same readings as a table. */
export function GoalProgressCard({ goal, contractLabel }: { goal: CitizenGoal; contractLabel: string }) {
  const t = useTexts(TEXTS);
  const labels = useTexts(CONTRACT_LABELS);
  const { language } = useLanguage();
  const series = progressSeries(goal.measurements);
  const scaleName = series ? SCALES[series.scale].name[language] : '';

  return (
    <article className="goal-progress-card" aria-labelledby={`goal-progress-${goal.id}`}>
      <h4 id={`goal-progress-${goal.id}`}>
        {goal.title}
      </h4>
      <p className="muted goal-progress-meta">
        {contractLabel} · {t.theme}: {themeName(goal.lifeTheme, language)} · {t.goalType}: {goalTypeLabel(goal.goalType, language)} · {t.deadline}: {formatDate(goal.deadline, language)} · {t.status}: {labels.goalStatus[goal.status]}
      </p>
      {!series && <p>{t.noReadings}</p>}
      {series && (
        <>
          <div className="goal-progress-chart" role="img" aria-label={t.chartSummary(scaleName, String(series.baseline ?? t.notYet), String(series.latest ?? t.notYet), series.points.length)}>
            <Suspense fallback={<p className="loading">{t.loadingChart}</p>}>
              <GoalProgressChart series={series} />
            </Suspense>
          </div>
          <p className="chart-legend" aria-hidden="true">
            <span className="legend-readings">{t.legendReadings}</span>
            {series.baseline !== null && <span className="legend-baseline">{t.legendBaseline(series.baseline)}</span>}
          </p>
          <details className="details goal-readings">
            <summary className="details-summary">{t.readingsSummary(series.points.length)}</summary>
            <div className="details-text">
              <table className="table table--compact">
                <caption className="sr-only">
                  {t.readingsCaption(goal.title)} ({scaleName})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t.date}</th>
                    <th scope="col">{t.kind}</th>
                    <th scope="col" className="numeric">
                      {t.value}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {series.points.map((p) => (
                    <tr key={p.id}>
                      <td className="nowrap">{formatDate(p.date, language)}</td>
                      <td>{p.kind === 'BASELINE' ? t.baseline : t.followUp}</td>
                      <td className="numeric">{p.value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </article>
  );
}
