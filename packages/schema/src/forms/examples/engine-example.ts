import type { Answers, FormDefinition, IssueCode, ValidationContext } from '../types.js';

/*
 * The engine's shared fixture: one small definition with every item type, a complete valid answer set, and
 * invalid answer sets with the issues they must give (path + code). The engine's tests use it; the server's
 * and the browser's tests use the same data so that all three agree on what is valid.
 */

/** A follow-up style form using every item type, a repeating group with a nested table, and conditions. */
export const engineExampleDefinition: FormDefinition = {
  key: 'engine-example',
  version: 1,
  title: { da: 'Eksempelskema', en: 'Example form' },
  description: { da: 'Bruges af testene af skemamotoren.', en: 'Used by the tests of the form engine.' },
  source: 'Treklang: eksempel til test',
  subject: 'CONTRACT',
  filledBy: ['AUTHORITY'],
  derived: ['followUpDates', 'goalSmartness'],
  sections: [
    {
      id: 'basics',
      title: { da: 'Grundoplysninger', en: 'Basics' },
      items: [
        { id: 'intro', type: 'display', label: { da: 'Om skemaet', en: 'About the form' }, text: { da: 'Udfyld alle felter.', en: 'Fill in every field.' } },
        { id: 'purpose', type: 'text', label: { da: 'Formål', en: 'Purpose' }, required: true, minLength: 5, maxLength: 200 },
        { id: 'summary', type: 'longText', label: { da: 'Sagsresumé', en: 'Case summary' } },
        {
          id: 'serviceType',
          type: 'singleChoice',
          label: { da: 'Ydelse', en: 'Service' },
          required: true,
          options: [
            { value: 'SEL_85', label: { da: 'SEL § 85', en: 'SEL § 85' } },
            { value: 'SEL_107', label: { da: 'SEL § 107', en: 'SEL § 107' } },
            { value: 'SEL_108', label: { da: 'SEL § 108', en: 'SEL § 108' } },
          ],
        },
        { id: 'startDate', type: 'date', label: { da: 'Startdato', en: 'Start date' }, required: true, min: '2020-01-01', max: '2030-12-31' },
        { id: 'meetingDate', type: 'date', label: { da: 'Mødedato', en: 'Meeting date' }, min: 'today' },
        {
          id: 'reportingForms',
          type: 'multipleChoice',
          label: { da: 'Form for opfølgning', en: 'Reporting forms' },
          required: true,
          minSelected: 1,
          maxSelected: 2,
          options: [
            { value: 'PROSE', label: { da: 'Tekst', en: 'Prose' } },
            { value: 'NUMBERS', label: { da: 'Tal', en: 'Numbers' } },
          ],
        },
        { id: 'priceAmount', type: 'number', label: { da: 'Takst', en: 'Price' }, min: 0, max: 1_000_000, unit: { da: 'kr.', en: 'DKK' } },
        { id: 'noticePeriodDays', type: 'number', label: { da: 'Opsigelsesvarsel', en: 'Notice period' }, integer: true, min: 0, max: 365 },
      ],
    },
    {
      id: 'review',
      title: { da: 'Gennemgang', en: 'Review' },
      filledBy: ['PROVIDER'],
      items: [
        { id: 'reviewedWithCitizen', type: 'yesNo', label: { da: 'Gennemgået med borgeren?', en: 'Reviewed with the citizen?' }, required: true },
        {
          id: 'notReviewedReason',
          type: 'text',
          label: { da: 'Hvorfor ikke?', en: 'Why not?' },
          required: true,
          enableWhen: [{ item: 'reviewedWithCitizen', operator: 'equals', value: false }],
        },
        {
          id: 'wellbeing',
          type: 'scale',
          label: { da: 'Trivsel', en: 'Wellbeing' },
          required: true,
          min: 1,
          max: 10,
          minLabel: { da: 'Meget dårlig', en: 'Very poor' },
          maxLabel: { da: 'Meget god', en: 'Very good' },
        },
        { id: 'lifeThemes', type: 'lifeTheme', label: { da: 'Livstemaer', en: 'Life themes' }, multiple: true, required: true, minSelected: 1, maxSelected: 3 },
        { id: 'mainTheme', type: 'lifeTheme', label: { da: 'Vigtigste livstema', en: 'Main life theme' } },
      ],
    },
    {
      id: 'goalsSection',
      title: { da: 'Mål', en: 'Goals' },
      items: [
        {
          id: 'goals',
          type: 'group',
          label: { da: 'Indsatsmål', en: 'Goals' },
          entryLabel: { da: 'Mål', en: 'Goal' },
          required: true,
          minCount: 1,
          maxCount: 3,
          items: [
            { id: 'lifeThemeKey', type: 'lifeTheme', label: { da: 'Livstema', en: 'Life theme' }, required: true },
            {
              id: 'goalType',
              type: 'singleChoice',
              label: { da: 'Måltype', en: 'Goal type' },
              required: true,
              options: [
                { value: 'DEVELOP', label: { da: 'Udvikle', en: 'Develop' } },
                { value: 'MAINTAIN', label: { da: 'Fastholde', en: 'Maintain' } },
                { value: 'LIMIT_LOSS', label: { da: 'Begrænse tab', en: 'Limit loss' } },
              ],
            },
            { id: 'title', type: 'text', label: { da: 'Mål', en: 'Goal' }, required: true },
            { id: 'measurableCriterion', type: 'text', label: { da: 'Succeskriterium', en: 'Measurable criterion' } },
            { id: 'deadline', type: 'date', label: { da: 'Frist', en: 'Deadline' } },
            {
              id: 'limitLossNote',
              type: 'longText',
              label: { da: 'Hvorfor begrænse tab?', en: 'Why limit loss?' },
              enableWhen: [{ item: 'goalType', operator: 'equals', value: 'LIMIT_LOSS' }],
            },
            {
              id: 'subGoals',
              type: 'table',
              label: { da: 'Delmål', en: 'Sub-goals' },
              filledBy: ['PROVIDER'],
              rows: [
                { id: 'first', label: { da: 'Første delmål', en: 'First sub-goal' } },
                { id: 'second', label: { da: 'Andet delmål', en: 'Second sub-goal' } },
              ],
              columns: [
                { id: 'subGoalTitle', type: 'text', label: { da: 'Delmål', en: 'Sub-goal' } },
                { id: 'subGoalDone', type: 'yesNo', label: { da: 'Nået?', en: 'Reached?' } },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'complexity',
      title: { da: 'Kompleksitet', en: 'Complexity' },
      items: [
        {
          id: 'statements',
          type: 'table',
          label: { da: 'Udsagn', en: 'Statements' },
          required: true,
          rows: [
            { id: 's1', label: { da: 'Flere fagcentre er involverede', en: 'Several departments are involved' } },
            { id: 's2', label: { da: 'Borgeren er i en krisesituation', en: 'The citizen is in a crisis' } },
          ],
          columns: [
            { id: 'applies', type: 'yesNo', label: { da: 'Passer', en: 'Applies' }, required: true },
            { id: 'comment', type: 'text', label: { da: 'Kommentar', en: 'Comment' }, enableWhen: [{ item: 'applies', operator: 'equals', value: true }] },
          ],
        },
      ],
    },
    {
      id: 'signing',
      title: { da: 'Underskrifter', en: 'Signatures' },
      enableWhen: [{ item: 'reviewedWithCitizen', operator: 'exists' }],
      items: [
        { id: 'participants', type: 'participants', label: { da: 'Deltagere', en: 'Participants' }, minCount: 1, maxCount: 5 },
        { id: 'buyerSignature', type: 'signature', label: { da: 'Køber', en: 'Buyer' }, required: true },
      ],
    },
  ],
};

/** The context the example's answers are checked in. */
export const engineExampleContext: ValidationContext = { mode: 'submit', today: '2026-03-01' };

/** A complete, valid response to the example (submit mode, engineExampleContext). */
export const engineExampleAnswers: Answers = {
  purpose: 'Borgeren skal kunne bo i egen bolig.',
  summary: 'Borgeren er flyttet ind i marts og har brug for støtte til økonomi og indkøb.',
  serviceType: 'SEL_107',
  startDate: '2026-02-01',
  meetingDate: '2026-04-15',
  reportingForms: ['PROSE', 'NUMBERS'],
  priceAmount: 42_500.5,
  noticePeriodDays: 30,
  reviewedWithCitizen: true,
  wellbeing: 7,
  lifeThemes: ['PRACTICAL_TASKS', 'MENTAL_FUNCTIONS'],
  mainTheme: 'PRACTICAL_TASKS',
  goals: [
    {
      lifeThemeKey: 'PRACTICAL_TASKS',
      goalType: 'DEVELOP',
      title: 'Borgeren handler selv ind en gang om ugen',
      measurableCriterion: 'Fire selvstændige indkøb på en måned',
      deadline: '2026-12-31',
      subGoals: { first: { subGoalTitle: 'Skrive en indkøbsliste', subGoalDone: true }, second: { subGoalTitle: 'Handle med støtte' } },
    },
    {
      lifeThemeKey: 'MENTAL_FUNCTIONS',
      goalType: 'LIMIT_LOSS',
      title: 'Borgeren fastholder sin døgnrytme',
      limitLossNote: 'Sygdommen er fremadskridende.',
    },
  ],
  statements: { s1: { applies: true, comment: 'Jobcenter og psykiatri' }, s2: { applies: false } },
  participants: [
    { name: 'Anna Jensen', role: 'Sagsbehandler', organization: 'Aarhus Kommune' },
    { name: 'Bo Nielsen', role: 'Kontaktperson', organization: null },
  ],
  buyerSignature: { name: 'Anna Jensen', role: 'Sagsbehandler', date: '2026-02-01' },
};

export interface ExpectedIssue {
  path: (string | number)[];
  code: IssueCode;
}

export interface EngineInvalidCase {
  name: string;
  /** Changes to engineExampleAnswers: a key set to undefined is removed. */
  change: Answers;
  /** Overrides of engineExampleContext. */
  context?: Partial<ValidationContext>;
  expected: ExpectedIssue[];
}

const goal0 = (engineExampleAnswers.goals as Answers[])[0];
const goal1 = (engineExampleAnswers.goals as Answers[])[1];

/** Invalid responses with exactly the issues each must give (in any order). */
export const engineExampleInvalidCases: EngineInvalidCase[] = [
  { name: 'a required text is missing', change: { purpose: undefined }, expected: [{ path: ['purpose'], code: 'REQUIRED' }] },
  { name: 'a blank text counts as missing', change: { purpose: '   ' }, expected: [{ path: ['purpose'], code: 'REQUIRED' }] },
  { name: 'a text too short', change: { purpose: 'Bo' }, expected: [{ path: ['purpose'], code: 'TOO_SHORT' }] },
  { name: 'a text over its maxLength', change: { purpose: 'x'.repeat(201) }, expected: [{ path: ['purpose'], code: 'TOO_LONG' }] },
  { name: 'a long text over 20,000 characters', change: { summary: 'x'.repeat(20_001) }, expected: [{ path: ['summary'], code: 'TOO_LONG' }] },
  { name: 'a number for a text', change: { purpose: 12345 }, expected: [{ path: ['purpose'], code: 'WRONG_TYPE' }] },
  { name: 'an unknown option', change: { serviceType: 'SEL_999' }, expected: [{ path: ['serviceType'], code: 'NOT_AN_OPTION' }] },
  { name: 'an impossible date', change: { startDate: '2026-02-30' }, expected: [{ path: ['startDate'], code: 'INVALID_DATE' }] },
  { name: 'a date before its min', change: { startDate: '2019-12-31' }, expected: [{ path: ['startDate'], code: 'OUT_OF_RANGE' }] },
  { name: "a date before 'today'", change: { meetingDate: '2026-02-28' }, expected: [{ path: ['meetingDate'], code: 'OUT_OF_RANGE' }] },
  { name: 'a choice list with a duplicate', change: { reportingForms: ['PROSE', 'PROSE'] }, expected: [{ path: ['reportingForms'], code: 'WRONG_TYPE' }] },
  { name: 'a choice list with an unknown value', change: { reportingForms: ['PROSE', 'VIDEO'] }, expected: [{ path: ['reportingForms'], code: 'NOT_AN_OPTION' }] },
  { name: 'a required choice list left empty', change: { reportingForms: [] }, expected: [{ path: ['reportingForms'], code: 'REQUIRED' }] },
  { name: 'a string for a number', change: { priceAmount: '42500' }, expected: [{ path: ['priceAmount'], code: 'WRONG_TYPE' }] },
  { name: 'a fraction where a whole number is asked', change: { noticePeriodDays: 30.5 }, expected: [{ path: ['noticePeriodDays'], code: 'WRONG_TYPE' }] },
  { name: 'a number above its max', change: { noticePeriodDays: 400 }, expected: [{ path: ['noticePeriodDays'], code: 'OUT_OF_RANGE' }] },
  { name: "a string for yes/no", change: { reviewedWithCitizen: 'yes' }, expected: [{ path: ['reviewedWithCitizen'], code: 'WRONG_TYPE' }] },
  {
    name: 'a condition shows a required item',
    change: { reviewedWithCitizen: false },
    expected: [{ path: ['notReviewedReason'], code: 'REQUIRED' }],
  },
  {
    name: 'an answer to a hidden item',
    change: { notReviewedReason: 'Borgeren var syg.' },
    expected: [{ path: ['notReviewedReason'], code: 'HIDDEN_ANSWERED' }],
  },
  { name: 'a scale value off the scale', change: { wellbeing: 11 }, expected: [{ path: ['wellbeing'], code: 'OUT_OF_RANGE' }] },
  { name: 'a scale value between steps', change: { wellbeing: 6.5 }, expected: [{ path: ['wellbeing'], code: 'OUT_OF_RANGE' }] },
  { name: 'an unknown life theme', change: { mainTheme: 'HOUSING' }, expected: [{ path: ['mainTheme'], code: 'NOT_AN_OPTION' }] },
  {
    name: "a life theme outside the context's own set",
    change: {},
    context: { lifeThemeKeys: ['PRACTICAL_TASKS'] },
    expected: [
      { path: ['lifeThemes'], code: 'NOT_AN_OPTION' },
      { path: ['goals', 1, 'lifeThemeKey'], code: 'NOT_AN_OPTION' },
    ],
  },
  {
    name: 'too many life themes',
    change: { lifeThemes: ['PRACTICAL_TASKS', 'MENTAL_FUNCTIONS', 'MOBILITY', 'RELATIONS'] },
    expected: [{ path: ['lifeThemes'], code: 'TOO_MANY' }],
  },
  {
    name: 'a required item inside a group entry',
    change: { goals: [goal0, { ...goal1, title: undefined }] },
    expected: [{ path: ['goals', 1, 'title'], code: 'REQUIRED' }],
  },
  {
    name: 'too many group entries',
    change: { goals: [goal0, goal1, goal0, goal1] },
    expected: [{ path: ['goals'], code: 'TOO_MANY' }],
  },
  { name: 'a required group left empty', change: { goals: [] }, expected: [{ path: ['goals'], code: 'REQUIRED' }] },
  { name: 'a group entry that is no object', change: { goals: [goal0, 'goal' as unknown as Answers] }, expected: [{ path: ['goals', 1], code: 'WRONG_TYPE' }] },
  {
    name: 'an unknown key in a group entry',
    change: { goals: [goal0, { ...goal1, priority: 1 }] },
    expected: [{ path: ['goals', 1, 'priority'], code: 'UNKNOWN_ITEM' }],
  },
  {
    name: 'a hidden item in a group entry (its condition reads its own entry)',
    change: { goals: [{ ...goal0, limitLossNote: 'Ikke relevant' }, goal1] },
    expected: [{ path: ['goals', 0, 'limitLossNote'], code: 'HIDDEN_ANSWERED' }],
  },
  {
    name: 'a wrong cell in a table nested in a group',
    change: { goals: [{ ...goal0, subGoals: { first: { subGoalDone: 'ja' } } }, goal1] },
    expected: [{ path: ['goals', 0, 'subGoals', 'first', 'subGoalDone'], code: 'WRONG_TYPE' }],
  },
  {
    name: 'a required table cell',
    change: { statements: { s1: { applies: true, comment: 'Jobcenter' } } },
    expected: [{ path: ['statements', 's2', 'applies'], code: 'REQUIRED' }],
  },
  {
    name: 'a hidden table cell (its condition reads its own row)',
    change: { statements: { s1: { applies: true }, s2: { applies: false, comment: 'Nej' } } },
    expected: [{ path: ['statements', 's2', 'comment'], code: 'HIDDEN_ANSWERED' }],
  },
  {
    name: 'an unknown table row and column',
    change: { statements: { s1: { applies: true, score: 3 }, s2: { applies: false }, s9: { applies: true } } },
    expected: [
      { path: ['statements', 's9'], code: 'UNKNOWN_ITEM' },
      { path: ['statements', 's1', 'score'], code: 'UNKNOWN_ITEM' },
    ],
  },
  { name: 'a required table left empty', change: { statements: {} }, expected: [{ path: ['statements'], code: 'REQUIRED' }] },
  { name: 'a table that is a list', change: { statements: [] }, expected: [{ path: ['statements'], code: 'WRONG_TYPE' }] },
  {
    name: 'a participant without a role',
    change: { participants: [{ name: 'Anna Jensen', role: '' }] },
    expected: [{ path: ['participants', 0, 'role'], code: 'REQUIRED' }],
  },
  {
    name: 'too many participants',
    change: { participants: Array.from({ length: 6 }, (_, i) => ({ name: `Person ${i}`, role: 'Deltager' })) },
    expected: [{ path: ['participants'], code: 'TOO_MANY' }],
  },
  {
    name: 'a signature with an invalid date',
    change: { buyerSignature: { name: 'Anna Jensen', role: 'Sagsbehandler', date: '01-02-2026' } },
    expected: [{ path: ['buyerSignature', 'date'], code: 'INVALID_DATE' }],
  },
  { name: 'an answer to display text', change: { intro: 'Læst' }, expected: [{ path: ['intro'], code: 'WRONG_TYPE' }] },
  { name: 'an unknown item', change: { favouriteColour: 'blå' }, expected: [{ path: ['favouriteColour'], code: 'UNKNOWN_ITEM' }] },
  {
    name: "a group child's id at the top level",
    change: { deadline: '2026-12-31' },
    expected: [{ path: ['deadline'], code: 'UNKNOWN_ITEM' }],
  },
  {
    name: "the provider answering the authority's item",
    change: {},
    context: { role: 'PROVIDER', previous: { ...engineExampleAnswers, purpose: 'Borgeren skal bo i egen bolig.' } },
    expected: [{ path: ['purpose'], code: 'NOT_YOURS' }],
  },
  {
    name: "the authority answering the provider's items (no previous answers)",
    change: { goals: [{ ...goal0, subGoals: undefined }, goal1] },
    context: { role: 'AUTHORITY' },
    expected: [
      { path: ['reviewedWithCitizen'], code: 'NOT_YOURS' },
      { path: ['wellbeing'], code: 'NOT_YOURS' },
      { path: ['lifeThemes'], code: 'NOT_YOURS' },
      { path: ['mainTheme'], code: 'NOT_YOURS' },
    ],
  },
  {
    name: 'draft mode accepts what is missing but not what is wrong',
    change: { purpose: undefined, goals: [{ title: 'Kort' }], statements: undefined, startDate: '2026-13-01' },
    context: { mode: 'draft' },
    expected: [{ path: ['startDate'], code: 'INVALID_DATE' }],
  },
];

/** engineExampleAnswers with a case's changes applied (undefined removes a key). */
export function applyExampleChange(change: Answers): Answers {
  const answers: Answers = { ...engineExampleAnswers };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) delete answers[key];
    else answers[key] = value;
  }
  return answers;
}
