import type { Answers } from '../../forms/types.js';

/**
 * A contract checklist (Midtjylland) for an invented citizen: 24 years old, autism and anxiety, moving into a
 * temporary residential offer (SEL § 107) on 1 March 2026; his mother is his guardian. Two goals, two
 * sub-goals written by the provider, both signatures.
 */
export const completeAnswers: Answers = {
  hasGuardian: true,
  guardianName: 'Birgitte Holm Sørensen',
  caseworkerName: 'Anne Kathrine Lund, Handicap og Psykiatri, Viborg Kommune',
  assessmentTool: 'VUM',
  lifeThemeKeys: ['PRACTICAL_TASKS', 'RELATIONS', 'MENTAL_FUNCTIONS'],
  purpose:
    'At Jonas bliver tryg i sin nye bolig, får en fast struktur i hverdagen og på sigt kan flytte i egen lejlighed med socialpædagogisk støtte.',
  goals: [
    {
      lifeThemeKey: 'PRACTICAL_TASKS',
      goalType: 'DEVELOP',
      title: 'Jonas køber selv ind og laver aftensmad to dage om ugen',
      measurableCriterion: 'Kontaktpersonen noterer hver uge, hvor mange dage Jonas selv har handlet og lavet mad; målet er nået, når det er sket to dage om ugen i 8 uger i træk.',
      deadline: '2026-12-31',
    },
    {
      lifeThemeKey: 'RELATIONS',
      goalType: 'MAINTAIN',
      title: 'Jonas fastholder kontakten til sin søster og sin mor',
      measurableCriterion: 'Jonas har mindst én aftale med sin søster eller sin mor om måneden; det fremgår af hans kalender.',
      deadline: '2027-02-28',
    },
  ],
  goalRationale:
    'Jonas ønsker selv at kunne klare sin mad, og det er en forudsætning for at kunne flytte i egen bolig. Kontakten til familien er hans vigtigste netværk og har tidligere været brudt i perioder med angst. Mål om beskæftigelse venter til næste opfølgning.',
  subGoals: [
    { subGoalGoalNumber: 1, subGoalTitle: 'Jonas laver en indkøbsliste med sin kontaktperson hver søndag' },
    { subGoalGoalNumber: 1, subGoalTitle: 'Jonas handler i Netto sammen med en medarbejder hver onsdag' },
    { subGoalGoalNumber: 2, subGoalTitle: 'Jonas skriver aftaler med familien ind i sin kalender-app' },
  ],
  serviceType: 'SEL_107',
  startDate: '2026-03-01',
  nextFollowUpDate: '2026-09-01',
  dischargeCriteria:
    'Indsatsen er opnået, når Jonas klarer indkøb, madlavning og egen økonomi med højst to ugentlige besøg. Han skal derefter overgå til egen lejlighed med socialpædagogisk støtte efter SEL § 85.',
  noticePeriodDays: 30,
  priceAmount: 2875.5,
  priceUnit: 'PER_DAY',
  reportingForms: ['PROSE', 'NUMBERS'],
  numbersScale: 'ONE_TO_TEN',
  providerDescription:
    'En kort beskrivelse af arbejdet med de to indsatsmål og delmålene, en vurdering af Jonas’ ressourcer og støttebehov på skalaen 1-10, og et forslag til mål frem til næste opfølgning.',
  participants: [
    { name: 'Jonas Holm Sørensen', role: 'Borger' },
    { name: 'Birgitte Holm Sørensen', role: 'Værge', organization: 'Mor' },
    { name: 'Anne Kathrine Lund', role: 'Rådgiver', organization: 'Viborg Kommune' },
    { name: 'Peter Mølgaard', role: 'Kontaktperson', organization: 'Bostedet Engly' },
  ],
  buyerSignature: { name: 'Anne Kathrine Lund', role: 'Rådgiver, Viborg Kommune', date: '2026-02-20' },
  sellerSignature: { name: 'Lise Brandt', role: 'Forstander, Bostedet Engly', date: '2026-02-24' },
};
