import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, useLanguage } from '../../i18n/language.js';
import { SCALE_RANGE, type ProgressSeries } from './goal-progress.js';

/*
 * recharts lives only in this lazily loaded chunk. The chart is a picture (role="img" with a summary in
 * words, set by the caller, with a legend in HTML); the readings are also in a table beside it.
 */
export function GoalProgressChart({ series }: { series: ProgressSeries }) {
  const { language } = useLanguage();
  const [min, max] = SCALE_RANGE[series.scale];
  const data = series.points.map((p) => ({ date: formatDate(p.date, language), value: p.value }));
  return (
    <LineChart data={data} responsive style={{ width: '100%', height: 200 }} margin={{ top: 12, right: 16, bottom: 4, left: -16 }} accessibilityLayer={false}>
      <CartesianGrid stroke="#dcdcdc" strokeDasharray="3 3" />
      <XAxis dataKey="date" tick={{ fontSize: 12, fill: '#1a1a1a' }} interval="preserveStartEnd" />
      <YAxis domain={[min, max]} allowDecimals={false} tick={{ fontSize: 12, fill: '#1a1a1a' }} width={48} />
      {series.baseline !== null && <ReferenceLine y={series.baseline} stroke="#545454" strokeDasharray="6 4" />}
      <Tooltip />
      <Line type="monotone" dataKey="value" stroke="#0059b3" strokeWidth={2} dot={{ r: 4, fill: '#0059b3' }} isAnimationActive={false} />
    </LineChart>
  );
}
