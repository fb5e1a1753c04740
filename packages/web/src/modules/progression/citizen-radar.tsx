import { useQuery } from '@apollo/client/react';
import { SCALES } from '@treklang/schema';
import { lazy, Suspense, useId, useState } from 'react';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert, Loading } from '../../components/status.js';
import { graphql } from '../../generated/gql.js';
import type { CitizenRadarQuery, Scale } from '../../generated/graphql.js';
import { useLanguage, useTexts } from '../../i18n/language.js';
import { CITIZEN_RADAR_TEXTS } from './citizen-radar-texts.js';
import { ChartLegend } from './chart-legend.js';
import { CHART_COLORS } from './chart-colors.js';
import { changeDirection, formatChange, formatMean, roundForCsv } from './progression-format.js';
import { defaultScale, goalsOnScale, radarSpokes, type RadarGoal, type RadarSpoke } from './radar-data.js';
import './progression.css';
import { ScrollableTable } from './scrollable-table.js';

const CitizenRadarChartView = lazy(async () => ({ default: (await import('./citizen-radar-chart.js')).CitizenRadarChartView }));

const CITIZEN_RADAR = graphql(`
  query CitizenRadar($id: ID!) {
    citizen(id: $id) {
      id
      contracts {
        id
        goals {
          id
          status
          lifeTheme { key name nameEn }
          oneToTenBaseline: baseline(scale: ONE_TO_TEN) { id value }
          oneToTenLatest: latest(scale: ONE_TO_TEN) { id value }
          vumBaseline: baseline(scale: VUM_0_4) { id value }
          vumLatest: latest(scale: VUM_0_4) { id value }
        }
      }
    }
  }
`);

type RadarCitizen = NonNullable<CitizenRadarQuery['citizen']>;

function toRadarGoals(citizen: RadarCitizen): RadarGoal[] {
  return citizen.contracts.flatMap((contract) =>
    contract.goals.map((g) => ({
      status: g.status,
      lifeTheme: g.lifeTheme ?? null,
      readings: { ONE_TO_TEN: { baseline: g.oneToTenBaseline ?? null, latest: g.oneToTenLatest ?? null }, VUM_0_4: { baseline: g.vumBaseline ?? null, latest: g.vumLatest ?? null } },
    })),
  );
}

/**
 * One citizen's outcome star: baseline against the latest follow-up per life theme, with the same numbers as a
 * table (and CSV). Only for viewers who may see the citizen; others get a sentence, never the data. It renders no
 * heading of its own: the page that embeds it gives the section its heading.
 */
export function CitizenRadarChart({ citizenId }: { citizenId: string }) {
  const t = useTexts(CITIZEN_RADAR_TEXTS);
  const { data, loading, error, refetch } = useQuery(CITIZEN_RADAR, { variables: { id: citizenId } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.citizen) return <p className="citizen-radar-empty">{t.notAvailable}</p>;
  const goals = toRadarGoals(data.citizen);
  if (goalsOnScale(goals, 'ONE_TO_TEN') + goalsOnScale(goals, 'VUM_0_4') === 0) return <p className="citizen-radar-empty">{t.noReadings}</p>;
  return <CitizenRadar goals={goals} />;
}

export default CitizenRadarChart;

function CitizenRadar({ goals }: { goals: RadarGoal[] }) {
  const t = useTexts(CITIZEN_RADAR_TEXTS);
  const { language } = useLanguage();
  const id = useId();
  const captionId = `${id}-caption`;
  const [scale, setScale] = useState<Scale>(() => defaultScale(goals));
  const scales = (['ONE_TO_TEN', 'VUM_0_4'] as const).filter((s) => goalsOnScale(goals, s) > 0);
  const spokes = radarSpokes(goals, scale, language);
  const measured = spokes.filter((s) => s.goals > 0);
  const scaleName = SCALES[scale].name[language];
  const directions = measured.filter((s) => s.latest !== null).map((s) => changeDirection(s.latest! - s.baseline!, SCALES[scale].higherIsBetter));
  const summary = t.summary(scaleName, measured.length, directions.filter((d) => d === 'better').length, directions.filter((d) => d === 'same').length, directions.filter((d) => d === 'worse').length, measured.length - directions.length);

  const columns: Column<RadarSpoke>[] = [
    { key: 'theme', header: t.theme, value: (s) => s.name },
    { key: 'goals', header: t.goals, value: (s) => s.goals, numeric: true },
    { key: 'baseline', header: t.baseline, value: (s) => roundForCsv(s.baseline), render: (s) => formatMean(s.baseline, language), numeric: true },
    { key: 'latest', header: t.latest, value: (s) => roundForCsv(s.latest) ?? t.noFollowUp, render: (s) => (s.latest === null ? t.noFollowUp : formatMean(s.latest, language)), numeric: true },
    { key: 'change', header: t.change, value: (s) => (s.latest === null ? null : roundForCsv(s.latest - s.baseline!)), render: (s) => (s.latest === null ? '' : formatChange(s.latest - s.baseline!, language)), numeric: true },
  ];

  return (
    <div className="citizen-radar">
      <p>
        {t.intro} {t.outwardIsBetter}
      </p>
      {!SCALES[scale].higherIsBetter && <p className="muted">{t.lowerIsBetter}</p>}
      {scales.length > 1 && (
        <fieldset className="form-group no-print">
          <legend className="form-label">{t.scaleLegend}</legend>
          <ul className="nobullet-list form-choice-list form-choice-list--inline">
            {scales.map((s) => (
              <li key={s} className="form-group-radio">
                <input className="form-radio" type="radio" id={`${id}-${s}`} name={`${id}-scale`} checked={scale === s} onChange={() => setScale(s)} />
                <label htmlFor={`${id}-${s}`}>{SCALES[s].name[language]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="citizen-radar-body">
        <figure className="progression-figure radar-figure">
          <div className="progression-chart" role="img" aria-labelledby={captionId}>
            <Suspense fallback={<p className="loading">{t.loadingChart}</p>}>
              <CitizenRadarChartView spokes={spokes} scale={scale} />
            </Suspense>
          </div>
          <ChartLegend
            items={[
              { key: 'baseline', label: t.legendBaseline, swatch: 'dashed-square', color: CHART_COLORS.baseline },
              { key: 'latest', label: t.legendLatest, swatch: 'solid-circle', color: CHART_COLORS.primary },
            ]}
          />
          <figcaption className="progression-figcaption" id={captionId}>
            {summary}
          </figcaption>
        </figure>
        <ScrollableTable>
          <DataTable caption={t.tableCaption(scaleName)} columns={columns} rows={measured} rowKey={(s) => s.key} fileName={t.fileName} />
        </ScrollableTable>
      </div>
    </div>
  );
}
