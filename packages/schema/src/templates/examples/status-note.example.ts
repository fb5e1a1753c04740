import type { Answers } from '../../forms/types.js';

/**
 * A status note from the residential offer before Jonas' first annual status meeting (the invented citizen of
 * the contract checklist example). The goal IDs are global IDs of the form the server pre-fills
 * (base64url of "Goal:<uuid>"); server tests replace them with the real goals of their contract.
 */
export const completeAnswers: Answers = {
  providerAssessment:
    'Jonas er faldet godt til på Engly og har fået en fast ugestruktur. Arbejdet med indkøb og madlavning er kommet godt i gang: han handler nu selv ind én dag om ugen og laver mad sammen med en medarbejder to dage om ugen. Kontakten til familien er fastholdt. Vi vurderer, at funktionsevnen inden for praktiske opgaver er forbedret fra svært til moderat nedsat.',
  hasThemeChanges: true,
  themeChanges: [
    {
      lifeThemeKey: 'PRACTICAL_TASKS',
      description: 'Jonas handler selv ind med indkøbsliste og kan lave tre retter uden hjælp. Han har brug for støtte til at planlægge ugens indkøb.',
      functionalLevel: 2,
    },
    {
      lifeThemeKey: 'MENTAL_FUNCTIONS',
      description: 'Færre perioder med angst; i marts dog to uger, hvor Jonas ikke forlod sin lejlighed efter en konflikt i fællesrummet.',
    },
  ],
  remarks:
    'Mål 1 forventes nået inden fristen. Vi anbefaler et nyt indsatsmål om egen økonomi (Praktiske opgaver), da det er næste skridt mod egen bolig.',
  services: [
    {
      serviceName: 'Midlertidigt botilbud efter SEL § 107 med socialpædagogisk støtte',
      workingAsIntended: true,
      howFar: 'Jonas har faste rutiner for morgen og aften og deltager i husmødet hver mandag. Han bruger sin kalender-app dagligt.',
      howWorked: 'Daglig støtte fra kontaktperson efter en fast ugeplan; ugentlig samtale om kommende aftaler; struktureret pædagogik (TEACCH).',
    },
    {
      serviceName: 'Ledsagelse til behandling i psykiatrien',
      workingAsIntended: false,
      howFar: 'Jonas er mødt til 4 af 7 samtaler.',
      howWorked: 'Medarbejder har ledsaget i bil. Jonas oplever ventetiden som svær; vi foreslår at aftale tider tidligt om morgenen.',
    },
  ],
  goalStatuses: [
    {
      goalId: 'R29hbDozZjFjMmE3ZS01YjRkLTRjOGEtOWUyMS03ZDBiNmE0ZjhjMTM',
      attainment: 'PARTLY',
      how: 'Ugentlig indkøbsliste med kontaktpersonen hver søndag og fælles indkøb om onsdagen. Siden maj har Jonas handlet alene om fredagen.',
      citizenView: 'Jonas siger, at det er rart at bestemme selv, hvad han skal spise, men at det stadig er svært, når der er mange mennesker i butikken.',
      professionalView: 'Målet er delvist nået: to dage om ugen i 5 af de sidste 8 uger. Vi forventer, at det nås inden årets udgang.',
      score: 6,
    },
    {
      goalId: 'R29hbDphOGQ1ZTBiMi0xYzQ3LTRmOWUtOGIzNi0yZTlmN2MxZDVhMDQ',
      attainment: 'REACHED',
      how: 'Jonas skriver aftaler med familien i sin kalender; medarbejderne minder ham om dem dagen før.',
      citizenView: 'Jonas er glad for at se sin søster hver anden søndag.',
      professionalView: 'Målet er nået og fastholdt i hele perioden; det er et fastholdelsesmål, så det bør fortsætte.',
      score: 8,
    },
  ],
  reviewedWithCitizen: true,
  reviewedWith: 'CITIZEN_AND_GUARDIAN',
  recommendation: 'CHANGE',
  proposedGoals:
    'Mål 1 fortsætter. Nyt mål: Jonas betaler selv sine faste regninger via netbank med støtte én gang om måneden (Praktiske opgaver, udvikle).',
};
