import type { FormDefinition } from '../forms/types.js';

/*
 * Sorø Kommune, Samarbejdsmodel (PIXI metodehåndbog 2017), Bilag 9 "Tjekliste" with its stratification,
 * and section 2 "Målgruppen - Visitation". The tovholder and the coordinating caseworker screen a referred
 * citizen with it and decide whether to offer cross-disciplinary collaboration meetings ("samarbejdsmøder").
 * The derived `complexityRecommendation` reads `statements` (rows s1..s9, columns applies/comment) and the two
 * axes `healthComplexity` and `environmentComplexity` (LOW | HIGH); the ids are fixed in FORMS.md.
 */

const LOW_HIGH = [
  { value: 'LOW', label: { da: 'Lav', en: 'Low' } },
  { value: 'HIGH', label: { da: 'Høj', en: 'High' } },
];

export const complexityChecklist: FormDefinition = {
  key: 'complexity-checklist',
  version: 1,
  title: {
    da: 'Tjekliste – Hvornår tilbyder Sorø Kommune samarbejdsmøder til aktivitetsparate borgere fra 30 år og borgere i ressourceforløb?',
    en: 'Checklist – when does Sorø Municipality offer collaboration meetings to activity-ready citizens aged 30+ and citizens in resource programmes?',
  },
  description: {
    da: 'Samarbejdsmodellen beskriver målgrupper og kriterier for, hvornår unge og voksne tilbydes samarbejdsmøder. Tjeklisten er udarbejdet til sagsbehandlere og de to tovholdere for samarbejdsmøderne til brug for en vurdering af, om en borger skal tilbydes samarbejdsmøder, herunder hvornår det vurderes, at sagen rummer en vis kompleksitet.',
    en: 'The collaboration model describes target groups and criteria for when young people and adults are offered collaboration meetings. The checklist is for caseworkers and the two meeting keepers, to assess whether a citizen should be offered collaboration meetings, including when a case is judged to have a certain complexity.',
  },
  source: 'Sorø: Samarbejdsmodel, PIXI metodehåndbog 2017, Bilag 9 Tjekliste (og afsnit 2 Målgruppen - Visitation)',
  subject: 'CITIZEN',
  filledBy: ['AUTHORITY', 'MEETING_KEEPER'],
  derived: ['complexityRecommendation'],
  sections: [
    {
      id: 'visitation',
      title: { da: 'Målgruppen – visitation', en: 'Target group – referral' },
      description: {
        da: 'Den overordnede målgruppe omfatter aktivitetsparate borgere fra 30 år samt borgere i ressourceforløb (med/uden børn). Alle involverede afdelinger kan henvise en borger til samarbejdsmøde, hvis kriterierne vurderes at være opfyldt, herunder også medarbejdere på udførerområderne.',
        en: 'The overall target group is activity-ready citizens aged 30 or more and citizens in resource programmes (with or without children). Every department involved may refer a citizen to a collaboration meeting when the criteria are judged to be met, including staff in the provider areas.',
      },
      items: [
        {
          id: 'referredBy',
          type: 'text',
          label: { da: 'Henvist af (afdeling og medarbejder)', en: 'Referred by (department and staff member)' },
          maxLength: 200,
        },
        {
          id: 'visitationCriteria',
          type: 'multipleChoice',
          label: {
            da: 'Kriterier for at tilbyde samarbejdsmøder – borgeren har:',
            en: 'Criteria for offering collaboration meetings – the citizen has:',
          },
          help: {
            da: 'Alle kriterier behøver ikke at være opfyldt, men der skal være en vis kompleksitet i sagen. Tjeklisten nedenfor bruges som hjælpeværktøj.',
            en: 'Not every criterion has to be met, but the case must have a certain complexity. The checklist below is the supporting tool.',
          },
          options: [
            { value: 'CASES_IN_SEVERAL_DEPARTMENTS', label: { da: 'Sager i to eller flere afdelinger', en: 'Cases in two or more departments' } },
            { value: 'MENTAL_ILLNESS', label: { da: 'Psykiske lidelser/vanskeligheder', en: 'Mental illness or difficulties' } },
            { value: 'SUBSTANCE_ABUSE', label: { da: 'Misbrug', en: 'Substance abuse' } },
            { value: 'CHILDREN_NOT_THRIVING', label: { da: 'Mistrivsel hos børnene', en: 'Children not thriving' } },
          ],
        },
      ],
    },
    {
      id: 'checklist',
      title: { da: 'Tjekliste', en: 'Checklist' },
      description: {
        da: 'Hvordan defineres en kompleks sag? Hvis flere af nedenstående udsagn i tjeklisten passer på den enkelte borger, så vurderes der at være behov for samarbejdsmøder.',
        en: 'What is a complex case? If several of the statements below fit the citizen, collaboration meetings are judged to be needed.',
      },
      items: [
        {
          id: 'statements',
          type: 'table',
          required: true,
          label: { da: 'Udsagn', en: 'Statements' },
          help: {
            da: 'Angiv for hvert udsagn, om det passer på borgeren, og skriv evt. kommentarer.',
            en: 'For each statement, say whether it fits the citizen, and add any comments.',
          },
          rows: [
            {
              id: 's1',
              label: {
                da: 'Flere fagcentre / sektorer er involverede, eller bør involveres. Fx: Arbejdsmarked og Borgerservice, Social og Sundhed, Børn og Familier, eksterne samarbejdspartnere som psykiatri, misbrugscenter, boligforeninger m.fl.',
                en: 'Several specialist centres / sectors are involved, or should be. E.g. Employment and Citizen Services, Social and Health, Children and Families, external partners such as psychiatry, addiction centre, housing associations etc.',
              },
            },
            {
              id: 's2',
              label: {
                da: 'Borgeren er i en krisesituation/oplever en radikal ændring i sit liv, fx: Borger har risiko for at miste bolig mm. Der er børn i familien, som belastes på grund af krisen.',
                en: 'The citizen is in a crisis / experiences a radical change in their life, e.g. the citizen risks losing their home etc. There are children in the family who are burdened by the crisis.',
              },
            },
            {
              id: 's3',
              label: { da: 'Borgeren har risiko for varigt funktionstab', en: 'The citizen is at risk of permanent loss of function' },
            },
            {
              id: 's4',
              label: {
                da: 'Borgerens problemstillinger vurderes at medføre risiko for uddannelses/arbejdsevnen på sigt',
                en: "The citizen's problems are judged to put their capacity for education/work at risk in the longer term",
              },
            },
            {
              id: 's5',
              label: { da: 'Borgeren har fremskreden sygdom (dårligt helbred)', en: 'The citizen has advanced illness (poor health)' },
            },
            {
              id: 's6',
              label: {
                da: 'Borgeren har få personlige ressourcer og ingen/lidt netværk/ Borgeren har væsentligt nedsat mestringsevne',
                en: 'The citizen has few personal resources and no or little network / the citizen has a considerably reduced ability to cope',
              },
            },
            {
              id: 's7',
              label: { da: 'Borgeren har et barn/børn med funktionsnedsættelse', en: 'The citizen has a child/children with a disability' },
            },
            {
              id: 's8',
              label: { da: 'Borgeren har et barn/børn som viser tegn på mistrivsel', en: 'The citizen has a child/children showing signs of not thriving' },
            },
            {
              id: 's9',
              label: { da: 'Borgeren har begrænset mobilitet (lavt funktionsniveau)', en: 'The citizen has limited mobility (low level of functioning)' },
            },
          ],
          columns: [
            {
              id: 'applies',
              type: 'yesNo',
              label: { da: 'Passer på borgeren', en: 'Fits the citizen' },
              required: true,
            },
            {
              id: 'comment',
              type: 'text',
              label: { da: 'Evt. kommentarer', en: 'Comments, if any' },
              maxLength: 1000,
            },
          ],
        },
      ],
    },
    {
      id: 'stratification',
      title: {
        da: 'Stratificering som uddybende værktøjskasse til en vurdering af, om en borger har behov for samarbejdsmøder',
        en: 'Stratification as a supplementary toolbox for assessing whether a citizen needs collaboration meetings',
      },
      description: {
        da: 'Stratificering kan være med til at understøtte sagsbehandlere og tovholderne for samarbejdsmøderne i at vurdere, om en borger skal have tilbudt samarbejdsmøder. Stratificeringen sker i forhold til en vurdering af borgerens sygdoms-/problemkompleksitet og egenomsorgsevne.',
        en: "Stratification can help caseworkers and the meeting keepers assess whether a citizen should be offered collaboration meetings. It assesses the complexity of the citizen's illness/problems and their ability to take care of themselves.",
      },
      items: [
        {
          id: 'healthComplexityIndicators',
          type: 'display',
          label: { da: 'Kompleksitet af helbredstilstand, herunder funktionsevne', en: 'Complexity of the state of health, including functioning' },
          text: {
            da: 'LAV: En enkelt sygdom · Enkelte sygdomme · Stabil tilstand · Kan fysisk klare hverdagen · Mobil.\nHØJ: En enkelt meget ustabil sygdom · Flere sygdomme som påvirker hinanden · Tilstanden påvirker hverdagen i aktivitet og deltagelse · Høj risiko for følgetilstande.',
            en: 'LOW: A single illness · A few illnesses · Stable condition · Physically copes with everyday life · Mobile.\nHIGH: A single, very unstable illness · Several illnesses affecting each other · The condition affects everyday activity and participation · High risk of secondary conditions.',
          },
        },
        {
          id: 'healthComplexity',
          type: 'singleChoice',
          label: { da: 'Kompleksitet af helbredstilstand, herunder funktionsevne', en: 'Complexity of the state of health, including functioning' },
          help: {
            da: 'Lav: en enkelt sygdom, enkelte sygdomme, stabil tilstand, kan fysisk klare hverdagen, mobil. Høj: en enkelt meget ustabil sygdom, flere sygdomme som påvirker hinanden, tilstanden påvirker hverdagen i aktivitet og deltagelse, høj risiko for følgetilstande.',
            en: 'Low: a single illness, a few illnesses, stable condition, physically copes with everyday life, mobile. High: a single very unstable illness, several illnesses affecting each other, the condition affects everyday activity and participation, high risk of secondary conditions.',
          },
          options: LOW_HIGH,
        },
        {
          id: 'environmentComplexityIndicators',
          type: 'display',
          label: { da: 'Kompleksitet af omgivelsesfaktorer og personlige faktorer', en: 'Complexity of environmental and personal factors' },
          text: {
            da: 'LAV: Kan tage initiativ · God selvindsigt · Kan prioritere · Kan træffe kloge og rigtige valg · Kan se eget bidrag i indsatsen · Kan reflektere · Vidende og oplyst · Tro på egne evner · Handlekompetent · Støtte og opbakning fra omgivelserne · Ikke belastet økonomi · Ikke belastet boligforhold · Kan overskue sin situation · Høj grad af accept af tilstand.\nHØJ: Svært ved at tage initiativ · Lav grad af selvindsigt · Svært ved at prioritere · Svært ved at træffe beslutninger · Svært ved at se eget bidrag i indsatsen · Svært ved at reflektere · Ambivalent · Usikker, nervøs, bekymret, angst · Mangler tro på egne evner · Mangler handlekompetence · Manglende støtte og opbakning fra omgivelserne · Belastet økonomi · Belastede boligforhold · Kan ikke overskue sin situation · Lav grad af accept af tilstand.',
            en: 'LOW: Can take initiative · Good self-insight · Can prioritise · Can make wise and right choices · Can see their own contribution to the effort · Can reflect · Knowledgeable and informed · Believes in their own abilities · Able to act · Support and backing from those around them · Finances not strained · Housing not strained · Can grasp their situation · High degree of acceptance of their condition.\nHIGH: Finds it hard to take initiative · Low degree of self-insight · Finds it hard to prioritise · Finds it hard to make decisions · Finds it hard to see their own contribution to the effort · Finds it hard to reflect · Ambivalent · Insecure, nervous, worried, anxious · Lacks belief in their own abilities · Lacks the ability to act · Lacks support and backing from those around them · Strained finances · Strained housing · Cannot grasp their situation · Low degree of acceptance of their condition.',
          },
        },
        {
          id: 'environmentComplexity',
          type: 'singleChoice',
          label: { da: 'Kompleksitet af omgivelsesfaktorer og personlige faktorer', en: 'Complexity of environmental and personal factors' },
          help: {
            da: 'Lav: kan tage initiativ, god selvindsigt, kan prioritere, støtte og opbakning fra omgivelserne, ikke belastet økonomi eller boligforhold, kan overskue sin situation. Høj: svært ved at tage initiativ, lav selvindsigt, ambivalent, usikker/angst, manglende støtte, belastet økonomi eller boligforhold, kan ikke overskue sin situation. Se hele listen ovenfor.',
            en: 'Low: can take initiative, good self-insight, can prioritise, support from those around them, finances and housing not strained, can grasp their situation. High: finds it hard to take initiative, low self-insight, ambivalent, insecure/anxious, lacks support, strained finances or housing, cannot grasp their situation. See the full list above.',
          },
          options: LOW_HIGH,
        },
      ],
    },
    {
      id: 'decision',
      title: { da: 'Beslutning', en: 'Decision' },
      description: {
        da: 'Tovholder og koordinerende sagsbehandler screener ud fra visitationskriterierne og tjeklisten og beslutter, om borgeren skal tilbydes samarbejde via samarbejdsmodellen.',
        en: 'The meeting keeper and the coordinating caseworker screen against the referral criteria and the checklist, and decide whether the citizen is offered collaboration through the collaboration model.',
      },
      items: [
        {
          id: 'offerCollaborationMeetings',
          type: 'yesNo',
          label: { da: 'Tilbydes borgeren samarbejdsmøder?', en: 'Is the citizen offered collaboration meetings?' },
          help: {
            da: 'Anbefalingen beregnet ud fra tjeklisten og stratificeringen vises ved siden af; beslutningen er jeres.',
            en: 'The recommendation computed from the checklist and the stratification is shown alongside; the decision is yours.',
          },
          required: true,
        },
        {
          id: 'decisionReason',
          type: 'longText',
          label: { da: 'Begrundelse', en: 'Reasons' },
          help: {
            da: 'Skriv især en begrundelse, hvis beslutningen afviger fra anbefalingen.',
            en: 'Give reasons in particular when the decision differs from the recommendation.',
          },
          maxLength: 4000,
        },
      ],
    },
  ],
};
