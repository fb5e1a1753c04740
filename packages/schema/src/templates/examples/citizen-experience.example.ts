import type { Answers } from '../../forms/types.js';

/** The citizen's answers at the 3rd pre-meeting (Sorø Bilag 10), noted by the coordinating caseworker. */
export const completeAnswers: Answers = {
  preMeeting: 'THIRD',
  preMeetingDate: '2026-09-08',
  relation: 'Jeg følte mig hørt. Det var rart, at alle præsenterede sig, og at jeg fik tid til at sige, hvad jeg selv ville. Jeg var nervøs i starten, fordi der var mange mennesker.',
  goalsAndTopics: 'Ja, vi talte om min bolig og om min datter, som var det, der fyldte mest for mig. Vi nåede ikke så meget om praktikken, men det er aftalt til næste gang.',
  approachAndMethod: 'Ja. Før skulle jeg fortælle det samme til alle. Nu ved de det hele på én gang, og de har aftalt, hvem der gør hvad.',
  general: 'Mødet var meningsfuldt for mig. Jeg gik derfra med en plan, jeg selv har været med til at lave, og jeg ved, hvem jeg skal ringe til.',
};
