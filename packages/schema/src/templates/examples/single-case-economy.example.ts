import type { Answers } from '../../forms/types.js';

/**
 * An invented sheet (Sorø Bilag 7): Social og Sundhed grants § 85 support that lets Børn og Familier drop a
 * planned family treatment and Jobcentret shorten a mentor arrangement. Amounts per year in DKK.
 */
export const completeAnswers: Answers = {
  meetingDate: '2026-06-16',
  responsibleCaseworker: 'Birgitte Lund, Fagcenter Social og Sundhed',
  grantDescription: 'Socialpædagogisk støtte efter servicelovens § 85, 4 timer om ugen. Uden helhedsbehandling ville Børn og Familier have iværksat familiebehandling efter § 52, og Jobcentret ville have bevilget mentor 6 timer om ugen i stedet for 2.',
  amountPeriod: 'PER_YEAR',
  centres: {
    employmentAndCitizenServices: { actualExpense: 41_600, expenseWithoutJointTreatment: 124_800, estimatedBy: 'Lene Dahl, Jobcentret' },
    socialAndHealth: { actualExpense: 98_400, expenseWithoutJointTreatment: 0, estimatedBy: 'Birgitte Lund' },
    childrenAndFamilies: { actualExpense: 0, expenseWithoutJointTreatment: 186_000, estimatedBy: 'Karsten Møller, Børn og Familier' },
  },
  sentToOtherCentre: true,
  sentToFinance: true,
  savedInCase: true,
};
