import type { FormDefinition } from '../forms/types.js';
import { citizenExperience } from './citizen-experience.js';
import { complexityChecklist } from './complexity-checklist.js';
import { consent } from './consent.js';
import { goalsAndAgreements } from './goals-and-agreements.js';
import { singleCaseEconomy } from './single-case-economy.js';
import { vumLifeThemes } from './vum-life-themes.js';
import { changeNotice } from './change-notice.js';
import { contractChecklist } from './contract-checklist.js';
import { followUpChecklist } from './follow-up-checklist.js';
import { meetingInvitation } from './meeting-invitation.js';
import { statusNote } from './status-note.js';

export { citizenExperience, complexityChecklist, consent, goalsAndAgreements, singleCaseEconomy, vumLifeThemes };
export { changeNotice, contractChecklist, followUpChecklist, meetingInvitation, statusNote };

/** Every built-in form template (version 1 of each), from the seeds. */
export const BUILT_IN_TEMPLATES: FormDefinition[] = [
  complexityChecklist,
  vumLifeThemes,
  goalsAndAgreements,
  consent,
  citizenExperience,
  singleCaseEconomy,
  contractChecklist,
  followUpChecklist,
  statusNote,
  changeNotice,
  meetingInvitation,
];

/** The built-in template with this key, or undefined. */
export function templateByKey(key: string): FormDefinition | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.key === key);
}
