import type { FormDefinition } from '../forms/types.js';

/*
 * Sorø Kommune, Samarbejdsmodel (PIXI metodehåndbog 2017), Bilag 7 "Procedurebeskrivelse for
 * enkeltsagsøkonomiarket": for a case treated as a whole ("helhedsbehandlet") that leads to another grant than
 * it otherwise would have, the caseworker who bears the expense records, per centre, the expense actually
 * granted and what it would have been without the joint treatment. Finance (ØP) adds the sheets up in
 * "Udgifter, som følge af helhedsorienteret sagsbehandling" to follow how grants shift between centres.
 */

const DKK = { da: 'kr.', en: 'DKK' };

export const singleCaseEconomy: FormDefinition = {
  key: 'single-case-economy',
  version: 1,
  title: { da: 'Enkeltsagsøkonomiark', en: 'Single-case economy sheet' },
  description: {
    da: 'Registrering af helhedsbehandlede sager, som giver anledning til en anden bevilling, end hvis sagen ikke var helhedsbehandlet. Afgørelsen træffes på det konkrete samarbejdsmøde, og arket udfyldes på mødet, når borgeren har forladt lokalet. Er du i tvivl om, hvorvidt en sag skal registreres, så spørg din gruppeleder.',
    en: 'Registration of cases treated as a whole that lead to another grant than if the case had not been treated as a whole. The decision is made at the collaboration meeting itself, and the sheet is filled in at the meeting after the citizen has left the room. If in doubt whether a case should be registered, ask your group leader.',
  },
  source: 'Sorø: Samarbejdsmodel, PIXI metodehåndbog 2017, Bilag 7 Procedurebeskrivelse for enkeltsagsøkonomiarket',
  subject: 'CITIZEN',
  filledBy: ['AUTHORITY'],
  sections: [
    {
      id: 'theCase',
      title: { da: 'Sagen', en: 'The case' },
      items: [
        {
          id: 'meetingDate',
          type: 'date',
          label: { da: 'Dato for samarbejdsmødet, hvor afgørelsen blev truffet', en: 'Date of the collaboration meeting where the decision was made' },
          required: true,
          max: 'today',
        },
        {
          id: 'responsibleCaseworker',
          type: 'text',
          label: { da: 'Sagsbehandler, der afholder udgiften', en: 'Caseworker who bears the expense' },
          help: {
            da: 'Den sagsbehandler, der afholder en udgift, har ansvaret for, at enkeltsagsøkonomiarket udfyldes, og for de oplysninger, der indføres.',
            en: 'The caseworker who bears an expense is responsible for filling in the sheet and for the information entered.',
          },
          required: true,
          maxLength: 200,
        },
        {
          id: 'grantDescription',
          type: 'longText',
          label: { da: 'Hvad er bevilget, og hvordan adskiller det sig fra bevillingen uden helhedsbehandling?', en: 'What was granted, and how does it differ from the grant without joint treatment?' },
          required: true,
          maxLength: 4000,
        },
        {
          id: 'amountPeriod',
          type: 'singleChoice',
          label: { da: 'Beløbene gælder', en: 'The amounts are' },
          required: true,
          options: [
            { value: 'ONE_OFF', label: { da: 'Engangsudgift', en: 'One-off expense' } },
            { value: 'PER_MONTH', label: { da: 'Pr. måned', en: 'Per month' } },
            { value: 'PER_YEAR', label: { da: 'Pr. år', en: 'Per year' } },
          ],
        },
      ],
    },
    {
      id: 'expenses',
      title: { da: 'Udgifter pr. center', en: 'Expenses per centre' },
      items: [
        {
          id: 'centres',
          type: 'table',
          required: true,
          label: { da: 'Bevillinger fordelt på centre', en: 'Grants by centre' },
          help: {
            da: 'Skriv 0, hvis centret hverken har eller ville have haft en udgift. Beløbet for hvad udgiften ville have været, hvis sagen ikke var helhedsbehandlet, indhentes hos det center, som i så fald ville have haft udgiften; dette center er ansvarligt for, at beløbet er troværdigt anslået.',
            en: 'Write 0 when the centre neither has nor would have had an expense. The amount the expense would have been without joint treatment is obtained from the centre that would then have had it; that centre is responsible for a credible estimate.',
          },
          rows: [
            { id: 'employmentAndCitizenServices', label: { da: 'Center for Arbejdsmarked og Borgerservice', en: 'Employment and Citizen Services' } },
            { id: 'socialAndHealth', label: { da: 'Fagcenter Social og Sundhed', en: 'Social and Health' } },
            { id: 'childrenAndFamilies', label: { da: 'Fagcenter Børn og Familier', en: 'Children and Families' } },
          ],
          columns: [
            {
              id: 'actualExpense',
              type: 'number',
              label: { da: 'Faktisk bevilget udgift', en: 'Expense actually granted' },
              required: true,
              min: 0,
              max: 100_000_000,
              unit: DKK,
            },
            {
              id: 'expenseWithoutJointTreatment',
              type: 'number',
              label: { da: 'Udgiften ville have været, hvis sagen ikke var helhedsbehandlet', en: 'The expense had the case not been treated as a whole' },
              required: true,
              min: 0,
              max: 100_000_000,
              unit: DKK,
            },
            {
              id: 'estimatedBy',
              type: 'text',
              label: { da: 'Anslået af (sagsbehandler)', en: 'Estimated by (caseworker)' },
              maxLength: 200,
            },
          ],
        },
      ],
    },
    {
      id: 'procedure',
      title: { da: 'Sådan gør du', en: 'What to do' },
      items: [
        {
          id: 'sentToOtherCentre',
          type: 'yesNo',
          label: { da: 'Arket er sendt videre til den sagsbehandler/afdeling, som skulle have afholdt udgiften', en: 'The sheet has been sent on to the caseworker/department that would have borne the expense' },
        },
        {
          id: 'sentToFinance',
          type: 'yesNo',
          label: { da: 'Arket er mailet til Økonomi og Personale (ØP) straks efter udfyldelse', en: 'The sheet was e-mailed to Finance and HR (ØP) right after it was filled in' },
        },
        {
          id: 'savedInCase',
          type: 'yesNo',
          label: { da: 'Enkeltsagsøkonomiarket er gemt som et dokument i sagen', en: 'The sheet is saved as a document in the case' },
        },
      ],
    },
  ],
};
