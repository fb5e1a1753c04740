import type { Answers } from '../../forms/types.js';

/**
 * A life-theme status for an invented citizen in a § 108 residential offer, at the yearly status meeting.
 * Rows are keyed by the VUM theme keys; "Omgivelser" was not assessed this time.
 */
export const completeAnswers: Answers = {
  assessmentDate: '2026-10-06',
  previousMeetingDate: '2025-10-14',
  lifeThemes: {
    PHYSICAL_FUNCTIONS: { change: 'UNCHANGED', levelNotAssessed: false, functionalLevel: 1, comment: 'Let nedsat kondition; går selv ture i nærområdet.' },
    MENTAL_FUNCTIONS: { change: 'IMPROVED', levelNotAssessed: false, functionalLevel: 2, comment: 'Færre angstanfald efter medicinomlægning i foråret; sover igennem de fleste nætter.' },
    SOCIAL_CONDITIONS: { change: 'UNCHANGED', functionalLevel: 2 },
    HEALTH_CONDITIONS: { change: 'WORSENED', levelNotAssessed: false, functionalLevel: 2, comment: 'Type 2-diabetes konstateret i august; blodsukkeret er ikke stabilt endnu.' },
    RELATIONS: { change: 'IMPROVED', functionalLevel: 2, comment: 'Har genoptaget kontakten til sin bror og ses med ham hver anden uge.' },
    COMMUNICATION: { change: 'UNCHANGED', functionalLevel: 1 },
    MOBILITY: { change: 'UNCHANGED', functionalLevel: 0, comment: 'Tager selv bussen til dagtilbuddet.' },
    SELF_CARE: { change: 'IMPROVED', functionalLevel: 2, comment: 'Klarer personlig hygiejne med påmindelse i stedet for guidning.' },
    COMMUNITY_LIFE: { change: 'UNCHANGED', functionalLevel: 3, comment: 'Deltager i aktivitetstilbud 3 dage om ugen; ikke klar til praktik.' },
    PRACTICAL_TASKS: { change: 'IMPROVED', functionalLevel: 2, comment: 'Handler ind to gange om ugen efter indkøbsliste; laver selv aftensmad to dage om ugen.' },
    SURROUNDINGS: { change: 'NOT_ASSESSED', levelNotAssessed: true },
  },
  overallComment:
    'Borgeren har udviklet sig inden for mentale funktioner, egenomsorg og praktiske opgaver. Den nye diabetes kræver støtte til kost og medicin, så støttebehovet på sundhedsforhold er steget, mens det øvrige støttebehov er let faldende.',
};
