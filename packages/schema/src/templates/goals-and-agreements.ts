import type { FormDefinition } from '../forms/types.js';

/*
 * Sorø Kommune, Samarbejdsmodel (PIXI metodehåndbog 2017), Bilag 3 "Mål og aftaleskema": the citizen's joint
 * job and action plan across departments. The coordinating caseworker starts it with the citizen at the
 * pre-meeting (case summary, team overview); the meeting keeper ("tovholder") writes the goals and agreements
 * during the collaboration meeting. It is written in the first person ("jeg-form") so that it is visibly the
 * citizen's own goals. The group `goals` uses the child ids FORMS.md fixes for `goalSmartness`; its
 * `lifeThemeKey` holds Sorø's own areas (fagligt, hverdag, ... andet relevant), not the VUM themes.
 */

const FIRST_PERSON = {
  da: 'Skriv i jeg-form, så det er synligt, at det er borgerens egne mål (fx "Jeg vil ...").',
  en: 'Write in the first person, so that it is visibly the citizen\'s own goals (e.g. "I want to ...").',
};

/** Sorø's areas: the five under the overall employment goal, then "Mål for øvrige forhold". */
export const SOROE_GOAL_AREAS = [
  { value: 'PROFESSIONAL', label: { da: 'Fagligt', en: 'Professional/education' } },
  { value: 'EVERYDAY_LIFE', label: { da: 'Hverdag', en: 'Everyday life' } },
  { value: 'HEALTH', label: { da: 'Sundhed', en: 'Health' } },
  { value: 'NETWORK_FRIENDS', label: { da: 'Netværk/venner', en: 'Network/friends' } },
  { value: 'DEVELOPMENT_BEHAVIOUR', label: { da: 'Udvikling og adfærd', en: 'Development and behaviour' } },
  { value: 'HOUSING', label: { da: 'Øvrige forhold: Bolig', en: 'Other conditions: Housing' } },
  { value: 'ECONOMY', label: { da: 'Øvrige forhold: Økonomi', en: 'Other conditions: Economy' } },
  { value: 'FAMILY', label: { da: 'Øvrige forhold: Familieforhold', en: 'Other conditions: Family' } },
  { value: 'OTHER', label: { da: 'Øvrige forhold: Andet relevant', en: 'Other conditions: Other relevant' } },
];

export const goalsAndAgreements: FormDefinition = {
  key: 'goals-and-agreements',
  version: 1,
  title: { da: 'Borgers mål og aftaleskema', en: "Citizen's goals and agreements form" },
  description: {
    da: 'Mål og aftaleskemaet er en fælles koordineret job- og handleplan på tværs af borgerens offentlige sager. Det udfyldes på samarbejdsmøderne, knyttes til handleplan og jobplan og skrives i jeg-form, så det er synligt, at det er borgerens egne mål. Det er borgerens plan og ikke fagpersonernes plan.',
    en: "The goals and agreements form is a joint, coordinated job and action plan across the citizen's public cases. It is filled in at the collaboration meetings, attached to the action plan and the job plan, and written in the first person so that it is visibly the citizen's own goals. It is the citizen's plan, not the professionals' plan.",
  },
  source: 'Sorø: Samarbejdsmodel, PIXI metodehåndbog 2017, Bilag 3 Mål og aftaleskema',
  subject: 'CITIZEN',
  filledBy: ['MEETING_KEEPER', 'AUTHORITY'],
  derived: ['goalSmartness'],
  sections: [
    {
      id: 'concerns',
      title: { da: 'Mål og aftaleskema vedrører', en: 'The form concerns' },
      items: [
        {
          id: 'latestMeetingDate',
          type: 'date',
          label: { da: 'Dato for seneste møde', en: 'Date of the latest meeting' },
          required: true,
        },
        {
          id: 'citizenName',
          type: 'display',
          label: { da: 'Borgerens navn', en: "Citizen's name" },
          text: { da: 'Fra borgerens sag.', en: "From the citizen's case." },
          subjectField: 'citizen.name',
        },
        {
          id: 'citizenCpr',
          type: 'display',
          label: { da: 'Cpr.nr.', en: 'CPR number' },
          text: {
            da: 'Fra borgerens sag; CPR-nummeret skrives ikke i skemaets svar.',
            en: "From the citizen's case; the CPR number is not written into the form's answers.",
          },
          subjectField: 'citizen.cpr',
        },
        {
          id: 'citizenAddress',
          type: 'text',
          label: { da: 'Adresse', en: 'Address' },
          maxLength: 300,
        },
        {
          id: 'citizenPhone',
          type: 'text',
          label: { da: 'Tlf.nr.', en: 'Phone' },
          maxLength: 40,
        },
        {
          id: 'supportPersonName',
          type: 'text',
          label: { da: 'Borgers støtteperson', en: "Citizen's support person" },
          help: {
            da: 'Den gennemgående støtteperson: en frivillig fra borgerens eget netværk eller et mentorkorps, en social mentor eller en støtteperson efter servicelovens § 85.',
            en: "The one continuous support person: a volunteer from the citizen's own network or a mentor corps, a social mentor or a support person under section 85 of the Social Services Act.",
          },
          maxLength: 200,
        },
        {
          id: 'supportPersonPhone',
          type: 'text',
          label: { da: 'Støttepersonens tlf.nr.', en: "Support person's phone" },
          maxLength: 40,
          enableWhen: [{ item: 'supportPersonName', operator: 'exists' }],
        },
      ],
    },
    {
      id: 'caseSummarySection',
      title: { da: 'Sagsresumé', en: 'Case summary' },
      filledBy: ['AUTHORITY'],
      description: {
        da: 'Udfyldes af den koordinerende sagsbehandler sammen med borgeren på formødet.',
        en: 'Filled in by the coordinating caseworker together with the citizen at the pre-meeting.',
      },
      items: [
        {
          id: 'caseSummary',
          type: 'longText',
          label: { da: 'Sagsresumé', en: 'Case summary' },
          help: {
            da: '(Uddannelse, diagnoser, tidligere indsatser, erhvervserfaring osv.)',
            en: '(Education, diagnoses, previous efforts, work experience, etc.)',
          },
          required: true,
          maxLength: 8000,
        },
      ],
    },
    {
      id: 'effort',
      title: { da: 'Indsats', en: 'Effort' },
      items: [
        {
          id: 'support',
          type: 'text',
          label: { da: 'Støtte', en: 'Support' },
          required: true,
        },
        {
          id: 'legalBasis',
          type: 'text',
          label: { da: 'Jf. §', en: 'Under section (§)' },
          help: { da: 'Fx "Servicelovens § 85".', en: 'E.g. "Social Services Act section 85".' },
          required: true,
          maxLength: 200,
        },
        {
          id: 'effortStartDate',
          type: 'date',
          label: { da: 'Starter den', en: 'Starts on' },
          required: true,
        },
        {
          id: 'duration',
          type: 'text',
          label: { da: 'Varighed', en: 'Duration' },
          help: { da: 'Fx "Vurderes løbende".', en: 'E.g. "Assessed on an ongoing basis".' },
          required: true,
          maxLength: 200,
        },
        {
          id: 'employmentOffer',
          type: 'text',
          label: { da: 'Beskæftigelsestilbud i forbindelse med indsats', en: 'Employment offer in connection with the effort' },
        },
        {
          id: 'purpose',
          type: 'longText',
          label: { da: 'Formål med støtten jf. indsats', en: 'Purpose of the support under the effort' },
          help: {
            da: `(Hvilke forhold skal støtten afhjælpe/forbedre) ${FIRST_PERSON.da}`,
            en: `(Which conditions the support should remedy/improve) ${FIRST_PERSON.en}`,
          },
          required: true,
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'goalsSection',
      title: { da: 'Mål, handlinger og ansvarlige', en: 'Goals, actions and who is responsible' },
      description: {
        da: 'Tovholderen skriver under mødet de mål og aftaler, der indgås mellem borgeren og teamet – kun konkrete aftaler, et beslutningsreferat. Mål og aftaleskemaet skal have et uddannelses-/beskæftigelsesmål og aftaler for alle fagpersoner, når det er relevant.',
        en: 'During the meeting the meeting keeper writes down the goals and agreements made between the citizen and the team – concrete agreements only, a record of decisions. The form must have an education/employment goal and agreements for every professional where relevant.',
      },
      items: [
        {
          id: 'employmentGoal',
          type: 'longText',
          label: { da: 'Overordnet mål: Beskæftigelse', en: 'Overall goal: Employment' },
          help: {
            da: `Uddannelses-/beskæftigelsesmålet – om nødvendigt på sigt, hvis der er behov for foregående sundhedsfaglige og/eller sociale indsatser som en forudsætning for uddannelses- eller beskæftigelsesindsatser. ${FIRST_PERSON.da}`,
            en: `The education/employment goal – in the longer term if health and/or social efforts are needed first as a precondition for education or employment efforts. ${FIRST_PERSON.en}`,
          },
          required: true,
          maxLength: 2000,
        },
        {
          id: 'goals',
          type: 'group',
          required: true,
          label: { da: 'Mål/delmål', en: 'Goals/sub-goals' },
          help: {
            da: 'Ét mål pr. linje under de fem områder (fagligt, hverdag, sundhed, netværk/venner, udvikling og adfærd) og mål for øvrige forhold (bolig, økonomi, familieforhold, andet relevant).',
            en: 'One goal per entry under the five areas (professional, everyday life, health, network/friends, development and behaviour) and goals for other conditions (housing, economy, family, other relevant).',
          },
          entryLabel: { da: 'Mål', en: 'Goal' },
          minCount: 1,
          maxCount: 20,
          items: [
            {
              id: 'lifeThemeKey',
              type: 'singleChoice',
              label: { da: 'Område', en: 'Area' },
              required: true,
              options: SOROE_GOAL_AREAS,
            },
            {
              id: 'title',
              type: 'longText',
              label: { da: 'Mål/delmål', en: 'Goal/sub-goal' },
              help: FIRST_PERSON,
              required: true,
              minLength: 10,
              maxLength: 1000,
            },
            {
              id: 'goalType',
              type: 'singleChoice',
              label: { da: 'Måltype', en: 'Goal type' },
              help: {
                da: 'Er målet at udvikle, fastholde eller begrænse tab af funktionsevne? Det siger, hvad der er realistisk.',
                en: 'Is the goal to develop, maintain or limit loss of functioning? It states what is realistic.',
              },
              options: [
                { value: 'DEVELOP', label: { da: 'Udvikle funktionsevne', en: 'Develop functioning' } },
                { value: 'MAINTAIN', label: { da: 'Fastholde funktionsevne', en: 'Maintain functioning' } },
                { value: 'LIMIT_LOSS', label: { da: 'Begrænse tab af funktionsevne', en: 'Limit loss of functioning' } },
              ],
            },
            {
              id: 'measurableCriterion',
              type: 'text',
              label: { da: 'Hvordan kan jeg se, at målet er nået?', en: 'How will I know that the goal is reached?' },
              help: {
                da: 'Gør målet målbart: hvad har jeg, når målet er nået, som jeg ikke har i dag?',
                en: 'Make the goal measurable: what will I have when the goal is reached that I do not have today?',
              },
              maxLength: 1000,
            },
            {
              id: 'deadline',
              type: 'date',
              label: { da: 'Hvornår skal målet være nået?', en: 'When should the goal be reached?' },
            },
            {
              id: 'actions',
              type: 'longText',
              label: { da: 'Handlinger', en: 'Actions' },
              help: {
                da: 'Hvad kan jeg selv gøre, hvad kan netværket gøre, og hvad kan fagpersonerne gøre for at støtte mig i at nå målet?',
                en: 'What can I do myself, what can my network do, and what can the professionals do to support me in reaching the goal?',
              },
              required: true,
              maxLength: 4000,
            },
            {
              id: 'responsible',
              type: 'text',
              label: { da: 'Ansvarlige', en: 'Responsible' },
              required: true,
            },
            {
              id: 'reached',
              type: 'yesNo',
              label: { da: 'Er målet nået?', en: 'Is the goal reached?' },
              help: {
                da: 'Udfyldes ved opfølgningen på et senere samarbejdsmøde.',
                en: 'Filled in at the follow-up at a later collaboration meeting.',
              },
            },
            {
              id: 'reachedReason',
              type: 'text',
              label: { da: 'Årsag?', en: 'Why?' },
              required: true,
              maxLength: 1000,
              enableWhen: [{ item: 'reached', operator: 'exists' }],
            },
          ],
        },
      ],
    },
    {
      id: 'roadmap',
      title: { da: 'Køreplan for at nå målene', en: 'Roadmap for reaching the goals' },
      items: [
        {
          id: 'followUpResponsible',
          type: 'text',
          label: { da: 'Ansvarlig for opfølgning på samarbejdsaftalen og aftalerne?', en: 'Who is responsible for following up on the collaboration agreement and the agreements?' },
          required: true,
        },
        {
          id: 'nextReviewDate',
          type: 'date',
          label: { da: 'Hvornår tages borgerens situation op igen?', en: "When is the citizen's situation taken up again?" },
          required: true,
        },
      ],
    },
    {
      id: 'citizenViewSection',
      title: { da: 'Hvordan forholder borgeren sig til ovenstående handleplan?', en: 'What does the citizen think of the action plan above?' },
      items: [
        {
          id: 'citizenView',
          type: 'longText',
          label: { da: 'Borgerens syn på handleplanen', en: "The citizen's view of the action plan" },
          help: FIRST_PERSON,
          filledBy: ['CITIZEN', 'MEETING_KEEPER', 'AUTHORITY'],
          required: true,
          maxLength: 4000,
        },
      ],
    },
    {
      id: 'teamOverview',
      title: { da: 'Teamoverblik', en: 'Team overview' },
      description: {
        da: 'Udfyldes af den koordinerende sagsbehandler sammen med borgeren på formødet.',
        en: 'Filled in by the coordinating caseworker together with the citizen at the pre-meeting.',
      },
      filledBy: ['AUTHORITY', 'MEETING_KEEPER'],
      items: [
        {
          id: 'team',
          type: 'participants',
          label: { da: 'Teamoverblik', en: 'Team overview' },
          help: {
            da: 'Alle personer i borgerens netværk er omfattet af overblikket. Ved udskrift af mål og aftaleskemaet er det dog kun de direkte involverede personer, som skriver under.',
            en: "Everyone in the citizen's network is included in the overview. When the form is printed, only the people directly involved sign it.",
          },
          required: true,
          minCount: 1,
          maxCount: 30,
        },
      ],
    },
    {
      id: 'signatures',
      title: {
        da: 'Godkendelse af mål og aftaleskemaets formål samt tilladelse til at sende mål og aftaleskemaet',
        en: 'Approval of the purpose of the goals and agreements form and permission to send it',
      },
      filledBy: ['AUTHORITY', 'MEETING_KEEPER'],
      items: [
        {
          id: 'citizenSignature',
          type: 'signature',
          label: { da: 'Til borger – underskrift', en: 'Citizen – signature' },
          filledBy: ['CITIZEN', 'AUTHORITY', 'MEETING_KEEPER'],
          required: true,
        },
        {
          id: 'coordinatingCaseworkerSignature',
          type: 'signature',
          label: { da: 'Sorø Kommune – underskrift, koordinerende sagsbehandler', en: 'Sorø Municipality – signature, coordinating caseworker' },
          required: true,
        },
        {
          id: 'caseworkerSignature',
          type: 'signature',
          label: { da: 'Sorø Kommune – underskrift, sagsbehandler', en: 'Sorø Municipality – signature, caseworker' },
        },
        {
          id: 'stakeholderSignatures',
          type: 'group',
          label: { da: 'Øvrige interessenter', en: 'Other stakeholders' },
          entryLabel: { da: 'Øvrig interessent', en: 'Other stakeholder' },
          minCount: 0,
          maxCount: 8,
          items: [
            {
              id: 'stakeholderSignature',
              type: 'signature',
              label: { da: 'Underskrift – øvrig interessent', en: 'Signature – other stakeholder' },
              required: true,
            },
          ],
        },
        {
          id: 'legalBasisNote',
          type: 'display',
          label: { da: 'Mål og aftaleskema er udarbejdet jf.', en: 'The form is prepared under' },
          text: {
            da: 'Servicelovens § 141 · Lov om aktiv beskæftigelsesindsats § 27 (jobplan) · Retssikkerhedsloven.',
            en: 'Social Services Act section 141 · Active Employment Efforts Act section 27 (job plan) · Legal Rights Act.',
          },
        },
      ],
    },
  ],
};
