import type { FormDefinition } from '../forms/types.js';

/*
 * Sorø Kommune, Samarbejdsmodel (PIXI metodehåndbog 2017), Bilag 10 "Borgerens oplevelse af samarbejdsmøderne":
 * a qualitative follow-up. The coordinating caseworker asks the citizen the four questions at the 3rd, 6th and
 * 9th pre-meeting (section 4.3) and notes the answers, for the user perspective in the evaluation of the model.
 */

export const citizenExperience: FormDefinition = {
  key: 'citizen-experience',
  version: 1,
  title: { da: 'Borgerens oplevelse af samarbejdsmøderne', en: "The citizen's experience of the collaboration meetings" },
  description: {
    da: 'Kvalitativ opfølgning på, hvordan borgeren oplever samarbejdsmøderne. Den koordinerende sagsbehandler stiller spørgsmålene til borgeren og noterer borgerens svar – med henblik på brugerperspektivet i erfaringsopsamlingen (effekt af samarbejdsmodellen).',
    en: "Qualitative follow-up on how the citizen experiences the collaboration meetings. The coordinating caseworker asks the citizen the questions and notes the citizen's answers, for the user perspective in the evaluation (effect of the collaboration model).",
  },
  source: 'Sorø: Samarbejdsmodel, PIXI metodehåndbog 2017, Bilag 10 Borgerens oplevelse af samarbejdsmøderne (og afsnit 4.3)',
  subject: 'CITIZEN',
  filledBy: ['AUTHORITY'],
  sections: [
    {
      id: 'when',
      title: { da: 'Formøde', en: 'Pre-meeting' },
      items: [
        {
          id: 'preMeeting',
          type: 'singleChoice',
          label: { da: 'Ved hvilket formøde stilles spørgsmålene?', en: 'At which pre-meeting are the questions asked?' },
          help: {
            da: 'Ved 3., 6. og 9. formøde spørges borgeren om sin oplevelse af samarbejdsmøderne.',
            en: 'At the 3rd, 6th and 9th pre-meeting the citizen is asked about their experience of the collaboration meetings.',
          },
          required: true,
          options: [
            { value: 'THIRD', label: { da: '3. formøde', en: '3rd pre-meeting' } },
            { value: 'SIXTH', label: { da: '6. formøde', en: '6th pre-meeting' } },
            { value: 'NINTH', label: { da: '9. formøde', en: '9th pre-meeting' } },
          ],
        },
        {
          id: 'preMeetingDate',
          type: 'date',
          label: { da: 'Dato for formødet', en: 'Date of the pre-meeting' },
          required: true,
          max: 'today',
        },
      ],
    },
    {
      id: 'questions',
      title: { da: 'Spørgsmål til borgeren', en: 'Questions for the citizen' },
      description: {
        da: 'Skriv borgerens svar med borgerens egne ord.',
        en: "Write the citizen's answers in the citizen's own words.",
      },
      items: [
        {
          id: 'relation',
          type: 'longText',
          label: { da: 'Relation', en: 'Relation' },
          help: {
            da: 'Følte du dig hørt, forstået og respekteret i samarbejdsmødet?',
            en: 'Did you feel heard, understood and respected in the collaboration meeting?',
          },
          required: true,
          maxLength: 4000,
        },
        {
          id: 'goalsAndTopics',
          type: 'longText',
          label: { da: 'Mål og emner', en: 'Goals and topics' },
          help: {
            da: 'Blev der arbejdet med og talt om det, du ønskede?',
            en: 'Was what you wanted worked on and talked about?',
          },
          required: true,
          maxLength: 4000,
        },
        {
          id: 'approachAndMethod',
          type: 'longText',
          label: { da: 'Tilgang og metode', en: 'Approach and method' },
          help: {
            da: 'Oplevede du, at der blev arbejdet helhedsorienteret med dine problemstillinger?',
            en: 'Did you experience that your problems were worked on as a whole?',
          },
          required: true,
          maxLength: 4000,
        },
        {
          id: 'general',
          type: 'longText',
          label: { da: 'Generelt', en: 'General' },
          help: {
            da: 'Var samarbejdsmødet virkningsfuldt for dig? Var det meningsfuldt for dig?',
            en: 'Was the collaboration meeting effective for you? Was it meaningful to you?',
          },
          required: true,
          maxLength: 4000,
        },
      ],
    },
  ],
};
