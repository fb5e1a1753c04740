import type { Answers } from '../../forms/types.js';

/** A change notice from the residential offer about an invented citizen whose anxiety has worsened. */
export const completeAnswers: Answers = {
  changeKind: 'FUNCTIONING',
  affectedLifeThemes: ['MENTAL_FUNCTIONS', 'PRACTICAL_TASKS'],
  description:
    'Siden midten af april har Jonas haft markant mere angst. Han har ikke forladt sin lejlighed i tre uger, spiser kun det, personalet bringer ham, og har aflyst alle aftaler med sin familie.',
  consequences:
    'Der kan ikke arbejdes med indsatsmål 1 om indkøb og madlavning i den nuværende situation. Jonas har brug for daglig støtte i egen lejlighed, også om aftenen, hvilket ligger ud over den aftalte indsats.',
  hasDocumentation: true,
  documentation:
    'Daglige notater i journalen fra 14. april, observationsskema for døgnrytme og mad, og en udtalelse fra Jonas’ behandler i distriktspsykiatrien af 2. maj 2026.',
  followUpWanted: true,
};
