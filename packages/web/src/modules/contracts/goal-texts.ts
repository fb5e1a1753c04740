import type { Texts } from '../../i18n/language.js';

export interface GoalTexts {
  goalHeading: (priority: number, title: string) => string;
  theme: string;
  goalType: string;
  title: string;
  titleHint: string;
  criterion: string;
  criterionHint: string;
  deadline: string;
  status: string;
  outcome: string;
  choose: string;
  smartComplete: string;
  smartMissing: string;
  required: string;
  noGoals: string;
  limitNote: (max: number) => string;
  addHeading: string;
  addSubmit: string;
  cancelAdd: string;
  added: string;
  edit: (title: string) => string;
  editHeading: string;
  save: string;
  saved: string;
  conflictHeading: string;
  conflictText: string;
  conflictSaved: string;
  conflictAgain: string;
  differs: string;
  subGoalsHeading: string;
  subGoalsIntro: (date: string) => string;
  noSubGoals: string;
  approval: string;
  method: string;
  decisionComment: string;
  propose: string;
  proposeHeading: (goal: string) => string;
  subGoalTitle: string;
  subGoalMethod: string;
  proposed: string;
  approve: string;
  reject: string;
  approveLabel: (title: string) => string;
  rejectLabel: (title: string) => string;
  rejectComment: string;
  rejectCommentHint: string;
  confirmReject: string;
  approved: string;
  rejected: string;
  contractChecklist: string;
}

export const GOAL_TEXTS: Texts<GoalTexts> = {
  da: {
    goalHeading: (priority, title) => `Mål ${priority}: ${title}`,
    theme: 'Livstema',
    goalType: 'Måltype',
    title: 'Målet',
    titleHint: 'Skriv det, borgeren vil kunne, gerne i jeg-form ("Jeg vil ...").',
    criterion: 'Målbart kriterie',
    criterionHint: 'Hvordan ser vi, at målet er nået?',
    deadline: 'Frist',
    status: 'Status',
    outcome: 'Bemærkning til resultat',
    choose: 'Vælg',
    smartComplete: 'Målet er SMART: specifikt, målbart, realistisk, relevant og tidsbestemt.',
    smartMissing: 'Det mangler for at målet er SMART:',
    required: 'Udfyld feltet.',
    noGoals: 'Kontrakten har endnu ingen indsatsmål. Den kan ikke aktiveres uden mindst ét.',
    limitNote: (max) => `En kontrakt har 1 til ${max} indsatsmål.`,
    addHeading: 'Tilføj indsatsmål',
    addSubmit: 'Tilføj mål',
    cancelAdd: 'Luk formularen',
    added: 'Målet er tilføjet.',
    edit: (title) => `Ret målet "${title}"`,
    editHeading: 'Ret målet',
    save: 'Gem ændringer',
    saved: 'Målet er gemt.',
    conflictHeading: 'Målet er ændret af en anden',
    conflictText: 'Nogen har gemt målet, siden du begyndte at rette. Din tekst er bevaret i felterne herunder. Sammenlign med det gemte, og gem igen, hvis din tekst skal gælde.',
    conflictSaved: 'Det gemte mål nu',
    conflictAgain: 'Gem min tekst',
    differs: 'afviger fra din tekst',
    subGoalsHeading: 'Delmål',
    subGoalsIntro: (date) => `Leverandøren foreslår delmål, og myndigheden godkender dem senest ${date}.`,
    noSubGoals: 'Ingen delmål endnu.',
    approval: 'Godkendelse',
    method: 'Metode',
    decisionComment: 'Myndighedens bemærkning',
    propose: 'Foreslå delmål',
    proposeHeading: (goal) => `Foreslå delmål til "${goal}"`,
    subGoalTitle: 'Delmålet',
    subGoalMethod: 'Sådan arbejder vi med det',
    proposed: 'Delmålet er sendt til godkendelse.',
    approve: 'Godkend',
    reject: 'Afvis',
    approveLabel: (title) => `Godkend delmålet "${title}"`,
    rejectLabel: (title) => `Afvis delmålet "${title}"`,
    rejectComment: 'Begrundelse for afvisning',
    rejectCommentHint: 'Leverandøren ser begrundelsen og kan foreslå et nyt delmål.',
    confirmReject: 'Afvis delmålet',
    approved: 'Delmålet er godkendt.',
    rejected: 'Delmålet er afvist.',
    contractChecklist: 'Tjekliste til kontrakt',
  },
  en: {
    goalHeading: (priority, title) => `Goal ${priority}: ${title}`,
    theme: 'Life theme',
    goalType: 'Goal type',
    title: 'The goal',
    titleHint: 'Write what the citizen will be able to do, ideally in the first person ("I will ...").',
    criterion: 'Measurable criterion',
    criterionHint: 'How do we see that the goal is reached?',
    deadline: 'Deadline',
    status: 'Status',
    outcome: 'Comment on the outcome',
    choose: 'Choose',
    smartComplete: 'The goal is SMART: specific, measurable, achievable, relevant and time-bound.',
    smartMissing: 'Missing for the goal to be SMART:',
    required: 'Fill in this field.',
    noGoals: 'The contract has no goals yet. It cannot be activated without at least one.',
    limitNote: (max) => `A contract has 1 to ${max} goals.`,
    addHeading: 'Add a goal',
    addSubmit: 'Add goal',
    cancelAdd: 'Close the form',
    added: 'The goal has been added.',
    edit: (title) => `Edit the goal "${title}"`,
    editHeading: 'Edit the goal',
    save: 'Save changes',
    saved: 'The goal has been saved.',
    conflictHeading: 'The goal was changed by someone else',
    conflictText: 'Someone saved the goal after you started editing. Your text is kept in the fields below. Compare it with what is saved, and save again if your text should apply.',
    conflictSaved: 'The goal as saved now',
    conflictAgain: 'Save my text',
    differs: 'differs from your text',
    subGoalsHeading: 'Sub-goals',
    subGoalsIntro: (date) => `The provider proposes sub-goals, and the authority approves them by ${date}.`,
    noSubGoals: 'No sub-goals yet.',
    approval: 'Approval',
    method: 'Method',
    decisionComment: "The authority's comment",
    propose: 'Propose a sub-goal',
    proposeHeading: (goal) => `Propose a sub-goal for "${goal}"`,
    subGoalTitle: 'The sub-goal',
    subGoalMethod: 'How we work towards it',
    proposed: 'The sub-goal has been sent for approval.',
    approve: 'Approve',
    reject: 'Reject',
    approveLabel: (title) => `Approve the sub-goal "${title}"`,
    rejectLabel: (title) => `Reject the sub-goal "${title}"`,
    rejectComment: 'Reason for rejecting',
    rejectCommentHint: 'The provider sees the reason and can propose a new sub-goal.',
    confirmReject: 'Reject the sub-goal',
    approved: 'The sub-goal has been approved.',
    rejected: 'The sub-goal has been rejected.',
    contractChecklist: 'Contract checklist',
  },
};
