import type { Answers } from '../../forms/types.js';

/**
 * A goals and agreements form (Sorø Bilag 3) after the second collaboration meeting, written in the first
 * person. Invented citizen: 42 years old, in a resource programme, depression, housing debt, a daughter of 11.
 */
export const completeAnswers: Answers = {
  latestMeetingDate: '2026-06-16',
  citizenAddress: 'Storgade 14, 1. th., 4180 Sorø',
  citizenPhone: '22 48 17 63',
  supportPersonName: 'Hanne Kjær (frivillig mentor, Mentorkorpset Sorø)',
  supportPersonPhone: '40 12 55 90',
  caseSummary:
    'Uddannet kontorassistent i 2004, arbejdede på et revisionskontor til 2019. Diagnosticeret med moderat depression i 2020, i behandling i distriktspsykiatrien. Ressourceforløb siden januar 2026. Tidligere indsatser: to virksomhedspraktikker (afbrudt pga. sygdom), mestringsforløb i 2024. Enlig mor til en datter på 11 år. Huslejerestance på 18.000 kr.',
  support: 'Socialpædagogisk støtte og gennemgående mentor',
  legalBasis: 'Servicelovens § 85 og lov om aktiv beskæftigelsesindsats § 31b (mentor)',
  effortStartDate: '2026-04-01',
  duration: 'Vurderes løbende',
  employmentOffer: 'Virksomhedspraktik 10 timer om ugen i Sorø Bibliotek',
  purpose:
    'Jeg vil have styr på min økonomi og beholde min lejlighed, så min datter og jeg har ro. Jeg vil have mere energi i hverdagen, så jeg kan klare en praktik og på sigt et job.',
  employmentGoal: 'Jeg vil have et job på 20 timer om ugen på et kontor eller et bibliotek inden for to år.',
  goals: [
    {
      lifeThemeKey: 'PROFESSIONAL',
      title: 'Jeg vil møde stabilt i min praktik på biblioteket 10 timer om ugen.',
      goalType: 'DEVELOP',
      measurableCriterion: 'Jeg har mødt mindst 9 ud af 10 planlagte timer om ugen i 8 uger i træk.',
      deadline: '2026-10-01',
      actions: 'Jeg laver en ugeplan med min mentor hver mandag. Virksomhedskonsulenten holder opfølgning med biblioteket hver 4. uge.',
      responsible: 'Mette (borger), Hanne Kjær (mentor), Lene Dahl (virksomhedskonsulent)',
      reached: false,
      reachedReason: 'Jeg har mødt 7-8 timer om ugen; to uger med influenza. Målet fortsætter.',
    },
    {
      lifeThemeKey: 'HEALTH',
      title: 'Jeg vil gå en tur på mindst 30 minutter fire dage om ugen.',
      goalType: 'DEVELOP',
      measurableCriterion: 'Det står i min kalender, og jeg viser det til min mentor hver mandag.',
      deadline: '2026-09-15',
      actions: 'Jeg går med min søster om søndagen. Min kontaktperson i psykiatrien følger op på min medicin og min søvn.',
      responsible: 'Mette (borger), distriktspsykiatrien',
      reached: true,
      reachedReason: 'Jeg har gået fire dage om ugen siden juli og sover bedre.',
    },
    {
      lifeThemeKey: 'HOUSING',
      title: 'Jeg vil beholde min lejlighed og betale min husleje til tiden hver måned.',
      goalType: 'MAINTAIN',
      measurableCriterion: 'Ingen nye rykkere fra boligselskabet, og restancen er afdraget efter aftalen.',
      deadline: '2026-12-31',
      actions: 'Team Ydelser behandler ansøgning om hjælp til restancen. Jeg får lavet en afdragsordning med boligselskabet med hjælp fra min bostøtte.',
      responsible: 'Team Ydelser, Birgitte Lund (Social og Sundhed), Mette (borger)',
    },
    {
      lifeThemeKey: 'FAMILY',
      title: 'Jeg vil have en god morgenrutine, så min datter kommer i skole hver dag.',
      goalType: 'DEVELOP',
      measurableCriterion: 'Min datters fravær er under 5 % i næste kvartal.',
      deadline: '2026-12-20',
      actions: 'Familievejlederen kommer hjem to morgener om ugen i 8 uger. Skolen giver mig besked samme dag, hvis min datter ikke møder.',
      responsible: 'Karsten Møller (Børn og Familier), familievejleder, Mette (borger)',
    },
  ],
  followUpResponsible: 'Koordinerende sagsbehandler Sofie Andersen, Jobcentret',
  nextReviewDate: '2026-10-13',
  citizenView:
    'Jeg synes, planen er min egen. Det er rart, at alle ved, hvad de andre gør. Jeg er bekymret for, om jeg kan klare praktikken, når min datter har det svært, men jeg vil gerne prøve.',
  team: [
    { name: 'Mette Holm Jensen', role: 'Borger' },
    { name: 'Sofie Andersen', role: 'Koordinerende sagsbehandler', organization: 'Sorø Kommune, Jobcentret' },
    { name: 'Birgitte Lund', role: 'Sagsbehandler', organization: 'Sorø Kommune, Fagcenter Social og Sundhed' },
    { name: 'Karsten Møller', role: 'Sagsbehandler', organization: 'Sorø Kommune, Fagcenter Børn og Familier' },
    { name: 'Lene Dahl', role: 'Virksomhedskonsulent', organization: 'Sorø Kommune, Jobcentret' },
    { name: 'Hanne Kjær', role: 'Støtteperson (frivillig mentor)', organization: 'Mentorkorpset Sorø' },
    { name: 'Anne Holm Jensen', role: 'Søster (netværk)' },
  ],
  citizenSignature: { name: 'Mette Holm Jensen', role: 'Borger', date: '2026-06-16' },
  coordinatingCaseworkerSignature: { name: 'Sofie Andersen', role: 'Koordinerende sagsbehandler', date: '2026-06-16' },
  caseworkerSignature: { name: 'Birgitte Lund', role: 'Sagsbehandler, Social og Sundhed', date: '2026-06-16' },
  stakeholderSignatures: [
    { stakeholderSignature: { name: 'Karsten Møller', role: 'Sagsbehandler, Børn og Familier', date: '2026-06-16' } },
    { stakeholderSignature: { name: 'Hanne Kjær', role: 'Støtteperson', date: '2026-06-16' } },
  ],
};
