import type { Texts } from '../../i18n/language.js';
import type { Direction } from './progression-format.js';
import type { FilterError } from './dashboard-filter.js';

export { LATE_TEXTS, TIMELINESS_TEXTS } from './timeliness-texts.js';

export const PAGE_TEXTS: Texts<{
  title: string;
  print: string;
  intro: (organization: string) => string;
  suppression: string;
  onThisPage: string;
  printedOn: (date: string) => string;
}> = {
  da: {
    title: 'Progression og rettidighed',
    print: 'Udskriv',
    intro: (organization) => `Samlede tal for ${organization}s sager: hvordan borgernes mål udvikler sig, og om fristerne holdes.`,
    suppression: 'Et mål tæller én gang: baseline mod seneste opfølgning på samme skala. Grupper med færre end 5 borgere vises som "færre end 5", så ingen kan genkendes.',
    onThisPage: 'På siden',
    printedOn: (date) => `Udskrevet ${date}`,
  },
  en: {
    title: 'Progression and timeliness',
    print: 'Print',
    intro: (organization) => `Aggregated figures for the cases of ${organization}: how citizens' goals develop, and whether deadlines are kept.`,
    suppression: 'A goal counts once: its baseline against its latest follow-up on the same scale. Groups of fewer than 5 citizens are shown as "fewer than 5", so that nobody can be recognised.',
    onThisPage: 'On this page',
    printedOn: (date) => `Printed ${date}`,
  },
};

interface FilterTexts {
  heading: string;
  lifeThemes: string;
  allThemes: string;
  serviceTypes: string;
  allServiceTypes: string;
  chosenCount: (count: number) => string;
  provider: string;
  allProviders: string;
  authority: string;
  allAuthorities: string;
  from: string;
  to: string;
  datesHint: string;
  scale: string;
  apply: string;
  reset: string;
  error: string;
  errors: Record<FilterError, string>;
  summaryHeading: string;
  period: string;
  wholePeriod: string;
  unknownOrganization: string;
}

export const FILTER_TEXTS: Texts<FilterTexts> = {
  da: {
    heading: 'Udvælg',
    lifeThemes: 'Livstemaer',
    allThemes: 'alle',
    serviceTypes: 'Ydelser',
    allServiceTypes: 'alle',
    chosenCount: (count) => `${count} valgt`,
    provider: 'Leverandør',
    allProviders: 'Alle leverandører',
    authority: 'Myndighed',
    allAuthorities: 'Alle myndigheder',
    from: 'Fra dato',
    to: 'Til dato',
    datesHint: 'Datoerne gælder målenes seneste måling og fristernes dato. Progression regnes i hele kvartaler.',
    scale: 'Skala',
    apply: 'Vis',
    reset: 'Nulstil',
    error: 'Fejl',
    errors: { fromInvalid: 'Skriv en gyldig dato.', toInvalid: 'Skriv en gyldig dato.', fromAfterTo: 'Til-datoen skal være samme dag som eller efter fra-datoen.' },
    summaryHeading: 'Tallene gælder',
    period: 'Periode',
    wholePeriod: 'hele perioden',
    unknownOrganization: 'ukendt organisation',
  },
  en: {
    heading: 'Filter',
    lifeThemes: 'Life themes',
    allThemes: 'all',
    serviceTypes: 'Service types',
    allServiceTypes: 'all',
    chosenCount: (count) => `${count} chosen`,
    provider: 'Provider',
    allProviders: 'All providers',
    authority: 'Authority',
    allAuthorities: 'All authorities',
    from: 'From date',
    to: 'To date',
    datesHint: "The dates apply to the goals' latest reading and to the deadlines' dates. Progression is counted in whole quarters.",
    scale: 'Scale',
    apply: 'Show',
    reset: 'Reset',
    error: 'Error',
    errors: { fromInvalid: 'Enter a valid date.', toInvalid: 'Enter a valid date.', fromAfterTo: 'The to date must be on or after the from date.' },
    summaryHeading: 'The figures cover',
    period: 'Period',
    wholePeriod: 'the whole period',
    unknownOrganization: 'unknown organisation',
  },
};

interface OverviewTexts {
  heading: string;
  intro: string;
  rowsLabel: string;
  allRows: string;
  allThemes: string;
  readingHigher: string;
  readingLower: string;
  caption: (rows: string, scale: string) => string;
  fileName: string;
  noGoals: string;
  noMeasured: string;
  measuredGoals: (count: number) => string;
  direction: Record<Direction, string>;
  legend: { muchBetter: string; better: string; same: string; worse: string; muchWorse: string; suppressed: (text: string) => string };
}

export const OVERVIEW_TEXTS: Texts<OverviewTexts> = {
  da: {
    heading: 'Gennemsnitlig ændring pr. livstema',
    intro: 'Hver celle viser den gennemsnitlige ændring fra baseline til seneste opfølgning for målene i gruppen og antallet af målte mål.',
    rowsLabel: 'Rækker',
    allRows: 'Alle',
    allThemes: 'Alle livstemaer',
    readingHigher: 'På skala 1-10 er en højere score bedre: en positiv ændring er en forbedring.',
    readingLower: 'På VUM 0-4 betyder et lavere niveau mindre begrænsning: en negativ ændring er en forbedring.',
    caption: (rows, scale) => `Gennemsnitlig ændring pr. ${rows} og livstema, ${scale}`,
    fileName: 'progression-pr-livstema',
    noGoals: 'ingen mål',
    noMeasured: 'ingen målte mål',
    measuredGoals: (count) => `${count.toLocaleString('da-DK')} mål`,
    direction: { better: 'bedre', same: 'uændret', worse: 'dårligere' },
    legend: {
      muchBetter: 'Bedre med 1 point eller mere',
      better: 'Lidt bedre',
      same: 'Uændret',
      worse: 'Lidt dårligere',
      muchWorse: 'Dårligere med 1 point eller mere',
      suppressed: (text) => `"${text}": skjult, så ingen kan genkendes`,
    },
  },
  en: {
    heading: 'Mean change per life theme',
    intro: 'Each cell shows the mean change from baseline to the latest follow-up of the goals in the group, and the number of measured goals.',
    rowsLabel: 'Rows',
    allRows: 'All',
    allThemes: 'All life themes',
    readingHigher: 'On the 1-10 scale a higher score is better: a positive change is an improvement.',
    readingLower: 'On VUM 0-4 a lower level means less limitation: a negative change is an improvement.',
    caption: (rows, scale) => `Mean change per ${rows} and life theme, ${scale}`,
    fileName: 'progression-per-life-theme',
    noGoals: 'no goals',
    noMeasured: 'no measured goals',
    measuredGoals: (count) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'goal' : 'goals'}`,
    direction: { better: 'better', same: 'unchanged', worse: 'worse' },
    legend: {
      muchBetter: 'Better by 1 point or more',
      better: 'Slightly better',
      same: 'Unchanged',
      worse: 'Slightly worse',
      muchWorse: 'Worse by 1 point or more',
      suppressed: (text) => `"${text}": hidden so that nobody can be recognised`,
    },
  },
};

interface BreakdownTexts {
  citizens: string;
  goals: string;
  measured: string;
  improved: string;
  unchanged: string;
  declined: string;
  total: string;
  loadingChart: string;
  nothingToChart: string;
}

const BREAKDOWN_DA: BreakdownTexts = { citizens: 'Borgere', goals: 'Mål', measured: 'Målte mål', improved: 'Forbedret', unchanged: 'Uændret', declined: 'Forværret', total: 'I alt', loadingChart: 'Henter diagram…', nothingToChart: 'Der er ingen grupper med mindst 5 borgere og målte mål at vise i diagrammet.' };
const BREAKDOWN_EN: BreakdownTexts = { citizens: 'Citizens', goals: 'Goals', measured: 'Measured goals', improved: 'Improved', unchanged: 'Unchanged', declined: 'Declined', total: 'Total', loadingChart: 'Loading chart…', nothingToChart: 'There are no groups with at least 5 citizens and measured goals to show in the chart.' };

export const DISTRIBUTION_TEXTS: Texts<
  BreakdownTexts & { heading: string; intro: string; byLabel: string; shareImproved: string; legendImproved: string; legendUnchanged: string; legendDeclined: string; caption: (by: string) => string; summary: (by: string, shown: number, hidden: number, totalImproved: string) => string; largestOnly: (count: number) => string; fileName: string }
> = {
  da: {
    ...BREAKDOWN_DA,
    heading: 'Forbedret, uændret og forværret',
    intro: 'Andelen af de målte mål, hvor seneste opfølgning er bedre end, lig med eller dårligere end baseline. For et fastholdelsesmål er uændret en succes.',
    byLabel: 'Fordelt på',
    shareImproved: 'Andel forbedret',
    legendImproved: 'Forbedret (fyldt)',
    legendUnchanged: 'Uændret (prikket)',
    legendDeclined: 'Forværret (skraveret)',
    caption: (by) => `Forbedret, uændret og forværret pr. ${by}`,
    summary: (by, shown, hidden, totalImproved) =>
      `Stablet søjlediagram pr. ${by}: ${shown} ${shown === 1 ? 'søjle' : 'søjler'} med andelen af målte mål, der er forbedret, uændret og forværret. I alt er ${totalImproved} forbedret.${hidden > 0 ? ` ${hidden} ${hidden === 1 ? 'gruppe' : 'grupper'} med færre end 5 borgere vises ikke.` : ''} Tallene står i tabellen.`,
    largestOnly: (count) => `Diagrammet viser de ${count} grupper med flest målte mål.`,
    fileName: 'forbedret-uaendret-forvaerret',
  },
  en: {
    ...BREAKDOWN_EN,
    heading: 'Improved, unchanged and declined',
    intro: 'The share of measured goals whose latest follow-up is better than, equal to or worse than the baseline. For a maintain goal, unchanged is a success.',
    byLabel: 'Broken down by',
    shareImproved: 'Share improved',
    legendImproved: 'Improved (solid)',
    legendUnchanged: 'Unchanged (dotted)',
    legendDeclined: 'Declined (hatched)',
    caption: (by) => `Improved, unchanged and declined per ${by}`,
    summary: (by, shown, hidden, totalImproved) =>
      `Stacked bar chart per ${by}: ${shown} ${shown === 1 ? 'bar' : 'bars'} with the share of measured goals improved, unchanged and declined. In total ${totalImproved} improved.${hidden > 0 ? ` ${hidden} ${hidden === 1 ? 'group' : 'groups'} of fewer than 5 citizens are not shown.` : ''} The numbers are in the table.`,
    largestOnly: (count) => `The chart shows the ${count} groups with most measured goals.`,
    fileName: 'improved-unchanged-declined',
  },
};

export const TREND_TEXTS: Texts<
  BreakdownTexts & {
    heading: string;
    intro: string;
    measureLegend: string;
    measures: Record<'change' | 'level', string>;
    quarter: string;
    meanBaseline: string;
    meanLatest: string;
    meanChange: string;
    legendLatest: string;
    legendBaseline: string;
    caption: string;
    summaryChange: (points: number, first: string, firstValue: string, last: string, lastValue: string, hidden: number) => string;
    summaryLevel: (points: number, first: string, firstValue: string, last: string, lastValue: string, hidden: number) => string;
    fileName: string;
  }
> = {
  da: {
    ...BREAKDOWN_DA,
    heading: 'Udvikling pr. kvartal',
    intro: 'Målene grupperet efter kvartalet for deres seneste måling.',
    measureLegend: 'Vis i diagrammet',
    measures: { change: 'Gennemsnitlig ændring', level: 'Gennemsnitlig seneste måling og baseline' },
    quarter: 'Kvartal',
    meanBaseline: 'Gns. baseline',
    meanLatest: 'Gns. seneste',
    meanChange: 'Gns. ændring',
    legendLatest: 'Gennemsnitlig seneste måling (fuld linje, cirkler)',
    legendBaseline: 'Gennemsnitlig baseline (stiplet linje, firkanter)',
    caption: 'Progression pr. kvartal for seneste måling',
    summaryChange: (points, first, firstValue, last, lastValue, hidden) =>
      `Linjediagram over den gennemsnitlige ændring i ${points} ${points === 1 ? 'kvartal' : 'kvartaler'}: ${firstValue} i ${first}${points > 1 ? ` og ${lastValue} i ${last}` : ''}.${hidden > 0 ? ` ${hidden} ${hidden === 1 ? 'kvartal' : 'kvartaler'} med færre end 5 borgere vises ikke.` : ''} Tallene står i tabellen.`,
    summaryLevel: (points, first, firstValue, last, lastValue, hidden) =>
      `Linjediagram over den gennemsnitlige seneste måling mod baseline i ${points} ${points === 1 ? 'kvartal' : 'kvartaler'}: ${firstValue} i ${first}${points > 1 ? ` og ${lastValue} i ${last}` : ''}.${hidden > 0 ? ` ${hidden} ${hidden === 1 ? 'kvartal' : 'kvartaler'} med færre end 5 borgere vises ikke.` : ''} Tallene står i tabellen.`,
    fileName: 'progression-pr-kvartal',
  },
  en: {
    ...BREAKDOWN_EN,
    heading: 'Development per quarter',
    intro: 'The goals grouped by the quarter of their latest reading.',
    measureLegend: 'Show in the chart',
    measures: { change: 'Mean change', level: 'Mean latest reading and baseline' },
    quarter: 'Quarter',
    meanBaseline: 'Mean baseline',
    meanLatest: 'Mean latest',
    meanChange: 'Mean change',
    legendLatest: 'Mean latest reading (solid line, circles)',
    legendBaseline: 'Mean baseline (dashed line, squares)',
    caption: 'Progression per quarter of the latest reading',
    summaryChange: (points, first, firstValue, last, lastValue, hidden) =>
      `Line chart of the mean change over ${points} ${points === 1 ? 'quarter' : 'quarters'}: ${firstValue} in ${first}${points > 1 ? ` and ${lastValue} in ${last}` : ''}.${hidden > 0 ? ` ${hidden} ${hidden === 1 ? 'quarter' : 'quarters'} of fewer than 5 citizens are not shown.` : ''} The numbers are in the table.`,
    summaryLevel: (points, first, firstValue, last, lastValue, hidden) =>
      `Line chart of the mean latest reading against the baseline over ${points} ${points === 1 ? 'quarter' : 'quarters'}: ${firstValue} in ${first}${points > 1 ? ` and ${lastValue} in ${last}` : ''}.${hidden > 0 ? ` ${hidden} ${hidden === 1 ? 'quarter' : 'quarters'} of fewer than 5 citizens are not shown.` : ''} The numbers are in the table.`,
    fileName: 'progression-per-quarter',
  },
};
