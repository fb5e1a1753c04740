import { FUNCTIONAL_LEVELS, findLifeTheme, SCALES } from '@treklang/schema';
import { ScrollBox } from '../../components/scroll-box.js';
import { formatDate, useLanguage, useTexts } from '../../i18n/language.js';
import { baselineOf, type GoalReport, type StatusNoteData } from './status-note-query.js';
import { STATUS_NOTE_TEXTS } from './status-note-texts.js';

function Prose({ text, empty }: { text: string | null | undefined; empty: string }) {
  return <div className="prose-text">{text?.trim() ? text : empty}</div>;
}

/** Score minus baseline on the same scale, with its direction in words (on VUM 0-4 a lower level is better). */
function ChangeCell({ report }: { report: GoalReport }) {
  const t = useTexts(STATUS_NOTE_TEXTS);
  const baseline = baselineOf(report);
  if (report.score == null || !baseline || !report.scale) return <>{t.notGiven}</>;
  const delta = report.score - baseline.value;
  const better = SCALES[report.scale].higherIsBetter ? delta > 0 : delta < 0;
  const words = delta === 0 ? t.same : better ? t.better : t.worse;
  return <>{`${delta > 0 ? '+' : ''}${delta} (${words})`}</>;
}

/** The status note's content: facts, assessment, goals with scores against the baseline, theme changes, remarks. */
export function StatusNoteBody({ note }: { note: StatusNoteData }) {
  const t = useTexts(STATUS_NOTE_TEXTS);
  const { language } = useLanguage();
  const reports = [...note.goalStatuses].sort((a, b) => a.goal.priority - b.goal.priority);
  const scaleName = (report: GoalReport) => (report.scale ? t.scales[report.scale] : t.notGiven);
  const levelName = (level: number | null | undefined) => (level == null ? t.notAssessed : `${level}: ${FUNCTIONAL_LEVELS.find((l) => l.value === level)?.name[language] ?? ''}`);
  return (
    <div className="status-note-body">
      <section aria-labelledby="note-facts" className="note-section">
        <h2 id="note-facts">{t.facts}</h2>
        <dl className="facts">
          {note.contract.citizen && (
            <div className="fact">
              <dt>{t.citizen}</dt>
              <dd>{note.contract.citizen.name}</dd>
            </div>
          )}
          <div className="fact">
            <dt>{t.provider}</dt>
            <dd>{note.contract.provider.name}</dd>
          </div>
          <div className="fact">
            <dt>{t.authority}</dt>
            <dd>{note.contract.authority.name}</dd>
          </div>
          <div className="fact">
            <dt>{t.submittedAt}</dt>
            <dd>{formatDate(note.submittedAt, language)}</dd>
          </div>
          <div className="fact">
            <dt>{t.dueBy}</dt>
            <dd>{formatDate(note.dueBy, language)}</dd>
          </div>
          <div className="fact">
            <dt>{t.timeliness}</dt>
            <dd data-on-time={note.onTime ? 'true' : 'false'}>{note.onTime ? t.onTime : <strong>{t.late}</strong>}</dd>
          </div>
          <div className="fact fact-wide">
            <dt>{t.recommendation}</dt>
            <dd>{t.decisions[note.recommendation]}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="note-assessment" className="note-section">
        <h2 id="note-assessment">{t.assessment}</h2>
        <Prose text={note.providerAssessment} empty={t.notGiven} />
      </section>
      <section aria-labelledby="note-goals" className="note-section">
        <h2 id="note-goals">{t.goals}</h2>
        {reports.length === 0 ? (
          <p>{t.noGoals}</p>
        ) : (
          <>
            <ScrollBox label={t.goalsCaption}>
              <table className="table table--compact note-goals-table">
                <caption>{t.goalsCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.goal}</th>
                    <th scope="col">{t.attainment}</th>
                    <th scope="col">{t.scale}</th>
                    <th scope="col" className="numeric">{t.baseline}</th>
                    <th scope="col" className="numeric">{t.score}</th>
                    <th scope="col" className="numeric">{t.change}</th>
                  </tr>
                </thead>
                <tbody>
                  {reports.map((report) => {
                    const baseline = baselineOf(report);
                    return (
                      <tr key={report.id} data-goal-id={report.goal.id}>
                        <th scope="row">{t.goalDetails(report.goal.priority, report.goal.title)}</th>
                        <td>{t.attainments[report.attainment]}</td>
                        <td>{scaleName(report)}</td>
                        <td className="numeric">{baseline ? baseline.value : t.noBaseline}</td>
                        <td className="numeric" data-score={report.score ?? ''}>
                          {report.score ?? t.noScore}
                        </td>
                        <td className="numeric">
                          <ChangeCell report={report} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollBox>
            {reports.map((report) => (
              <div key={report.id} className="note-goal print-avoid-break">
                <h3>{t.goalDetails(report.goal.priority, report.goal.title)}</h3>
                <h4>{t.how}</h4>
                <Prose text={report.how} empty={t.notGiven} />
                <h4>{t.citizenView}</h4>
                <Prose text={report.citizenView} empty={t.notGiven} />
                <h4>{t.professionalView}</h4>
                <Prose text={report.professionalView} empty={t.notGiven} />
              </div>
            ))}
          </>
        )}
      </section>
      <section aria-labelledby="note-themes" className="note-section">
        <h2 id="note-themes">{t.themeChanges}</h2>
        {note.themeChanges.length === 0 ? (
          <p>{t.noThemeChanges}</p>
        ) : (
          <dl className="theme-changes">
            {note.themeChanges.map((change) => (
              <div key={change.lifeThemeKey} className="print-avoid-break">
                <dt>{findLifeTheme(change.lifeThemeKey)?.name[language] ?? change.lifeThemeKey}</dt>
                <dd>
                  <Prose text={change.description} empty={t.notGiven} />
                  <p className="muted">
                    {t.functionalLevel}: {levelName(change.functionalLevel)}
                  </p>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="note-remarks" className="note-section">
        <h2 id="note-remarks">{t.remarks}</h2>
        <Prose text={note.remarks} empty={t.noRemarks} />
      </section>
      <section aria-labelledby="note-review" className="note-section">
        <h2 id="note-review">{t.review}</h2>
        <p>{note.reviewedWithCitizen ? t.reviewed : t.notReviewed(note.notReviewedReason ?? '')}</p>
      </section>
      <p className="print-only print-footer">{t.printedOn(formatDate(new Date().toISOString(), language))}</p>
    </div>
  );
}
