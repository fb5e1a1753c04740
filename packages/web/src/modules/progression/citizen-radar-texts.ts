import type { Texts } from '../../i18n/language.js';

export interface CitizenRadarTexts {
  notAvailable: string;
  noReadings: string;
  scaleLegend: string;
  intro: string;
  outwardIsBetter: string;
  lowerIsBetter: string;
  loadingChart: string;
  legendBaseline: string;
  legendLatest: string;
  summary: (scale: string, themes: number, better: number, same: number, worse: number, pending: number) => string;
  tableCaption: (scale: string) => string;
  theme: string;
  goals: string;
  baseline: string;
  latest: string;
  change: string;
  noFollowUp: string;
  fileName: string;
}

export const CITIZEN_RADAR_TEXTS: Texts<CitizenRadarTexts> = {
  da: {
    notAvailable: 'Du kan ikke se borgerens mål.',
    noReadings: 'Borgerens mål har ingen baseline-målinger endnu.',
    scaleLegend: 'Skala',
    intro: 'Stjernen viser hvert livstema med borgerens mål: baseline (stiplet linje, firkanter) mod seneste opfølgning (fuld linje, cirkler). Har et livstema flere mål, vises gennemsnittet.',
    outwardIsBetter: 'Længere ude er bedre.',
    lowerIsBetter: 'På VUM 0-4 betyder et lavere niveau mindre begrænsning, så en negativ ændring er en forbedring; stjernen vender skalaen, så bedre stadig er længere ude.',
    loadingChart: 'Henter diagram…',
    legendBaseline: 'Baseline (stiplet linje, firkanter)',
    legendLatest: 'Seneste opfølgning (fuld linje, cirkler)',
    summary: (scale, themes, better, same, worse, pending) =>
      `Stjernediagram på ${scale} over ${themes} ${themes === 1 ? 'livstema' : 'livstemaer'}: bedre i ${better}, uændret i ${same}, dårligere i ${worse}${pending > 0 ? `, endnu ingen opfølgning i ${pending}` : ''}. Tallene står i tabellen.`,
    tableCaption: (scale) => `Baseline og seneste opfølgning pr. livstema, ${scale}`,
    theme: 'Livstema',
    goals: 'Mål',
    baseline: 'Baseline',
    latest: 'Seneste opfølgning',
    change: 'Ændring',
    noFollowUp: 'ingen endnu',
    fileName: 'borgerens-progression',
  },
  en: {
    notAvailable: "You cannot see the citizen's goals.",
    noReadings: "The citizen's goals have no baseline readings yet.",
    scaleLegend: 'Scale',
    intro: "The star shows each life theme with the citizen's goals: the baseline (dashed line, squares) against the latest follow-up (solid line, circles). Where a theme has several goals, the mean is shown.",
    outwardIsBetter: 'Further out is better.',
    lowerIsBetter: 'On VUM 0-4 a lower level means less limitation, so a negative change is an improvement; the star turns the scale round so that better is still further out.',
    loadingChart: 'Loading chart…',
    legendBaseline: 'Baseline (dashed line, squares)',
    legendLatest: 'Latest follow-up (solid line, circles)',
    summary: (scale, themes, better, same, worse, pending) =>
      `Radar chart on ${scale} of ${themes} life ${themes === 1 ? 'theme' : 'themes'}: better in ${better}, unchanged in ${same}, worse in ${worse}${pending > 0 ? `, no follow-up yet in ${pending}` : ''}. The numbers are in the table.`,
    tableCaption: (scale) => `Baseline and latest follow-up per life theme, ${scale}`,
    theme: 'Life theme',
    goals: 'Goals',
    baseline: 'Baseline',
    latest: 'Latest follow-up',
    change: 'Change',
    noFollowUp: 'none yet',
    fileName: 'citizen-progression',
  },
};
