import { SCALES, type ScaleKey, type ScaleItem } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../auth/viewer.js';
import { EffortDecision } from '../../follow-ups/follow-up-meeting.entity.js';
import type { GoalStatusInput, SubmitStatusNoteInput } from '../../status-notes/dto/status-note.input.js';
import { GoalAttainment } from '../../status-notes/goal-status.entity.js';
import type { ThemeChangeInput } from '../../status-notes/status-note-parts.js';
import type { StatusNote } from '../../status-notes/status-note.entity.js';
import { submitStatusNote } from '../../status-notes/status-note.service.js';
import { BindingErrors, BoundAnswers, isBoolean, isNumber, isString, oneOf, withAnswerFields } from './bound-answers.js';

type FieldMap = Map<string, string[]>;

type Target = Parameters<BoundAnswers['path']>[0];

/** Maps the service's fields of one entry (e.g. 'input.goalStatuses.0.how') to the answers of that entry. */
function mapEntry(fields: FieldMap, bound: BoundAnswers, groupTarget: Target, index: number, entry: BoundAnswers, pairs: [string, Target][]): void {
  const at = `input.${groupTarget.split('.')[1]}.${index}`;
  const groupPath = bound.path(groupTarget);
  if (groupPath) fields.set(at, ['answers', ...groupPath.map(String), String(index)]);
  for (const [field, target] of pairs) {
    const path = entry.path(target);
    if (path) fields.set(`${at}.${field}`, ['answers', ...path.map(String)]);
  }
}

/** The scale a score item measures on: the one of SCALES with the item's min and max (1-10 or VUM 0-4). */
function scaleOf(item: ScaleItem | null): ScaleKey | null {
  if (!item) return null;
  const match = (Object.keys(SCALES) as ScaleKey[]).find((key) => SCALES[key].min === item.min && SCALES[key].max === item.max);
  return match ?? null;
}

function themeChanges(bound: BoundAnswers, fields: FieldMap): ThemeChangeInput[] {
  return bound.entries('statusNote.themeChanges').map((entry, index) => {
    mapEntry(fields, bound, 'statusNote.themeChanges', index, entry, [
      ['lifeThemeKey', 'themeChange.lifeThemeKey'],
      ['description', 'themeChange.description'],
      ['functionalLevel', 'themeChange.functionalLevel'],
    ]);
    return {
      lifeThemeKey: entry.require('themeChange.lifeThemeKey', isString),
      description: entry.require('themeChange.description', isString),
      functionalLevel: entry.optional('themeChange.functionalLevel', isNumber),
    };
  });
}

function goalStatuses(bound: BoundAnswers, fields: FieldMap): GoalStatusInput[] {
  return bound.entries('statusNote.goalStatuses').map((entry, index) => {
    mapEntry(fields, bound, 'statusNote.goalStatuses', index, entry, [
      ['goalId', 'goalStatus.goalId'],
      ['attainment', 'goalStatus.attainment'],
      ['how', 'goalStatus.how'],
      ['citizenView', 'goalStatus.citizenView'],
      ['professionalView', 'goalStatus.professionalView'],
      ['score', 'goalStatus.score'],
      ['scale', 'goalStatus.score'],
    ]);
    const score = entry.optional('goalStatus.score', isNumber);
    const scale = score === null ? null : scaleOf(entry.node('goalStatus.score')?.item as ScaleItem | null);
    if (score !== null && scale === null) throw BindingErrors.wrongValue(entry.problemAt('goalStatus.score'));
    return {
      goalId: entry.require('goalStatus.goalId', isString),
      attainment: entry.require('goalStatus.attainment', oneOf(Object.values(GoalAttainment))),
      how: entry.optional('goalStatus.how', isString),
      citizenView: entry.optional('goalStatus.citizenView', isString),
      professionalView: entry.optional('goalStatus.professionalView', isString),
      scale,
      score,
    };
  });
}

/** Submitting a status note about a follow-up meeting writes the StatusNote, its goal reports and their scores as FOLLOW_UP measurements. */
export async function submitStatusNoteFromAnswers(tx: EntityManager, viewer: Viewer, bound: BoundAnswers, meetingId: string): Promise<StatusNote> {
  const fields: FieldMap = new Map();
  for (const [field, target] of [
    ['reviewedWithCitizen', 'statusNote.reviewedWithCitizen'],
    ['notReviewedReason', 'statusNote.notReviewedReason'],
    ['providerAssessment', 'statusNote.providerAssessment'],
    ['themeChanges', 'statusNote.themeChanges'],
    ['remarks', 'statusNote.remarks'],
    ['recommendation', 'statusNote.recommendation'],
    ['goalStatuses', 'statusNote.goalStatuses'],
  ] as const) {
    const path = bound.path(target);
    if (path) fields.set(`input.${field}`, ['answers', ...path.map(String)]);
  }
  const input: SubmitStatusNoteInput = {
    meetingId,
    reviewedWithCitizen: bound.require('statusNote.reviewedWithCitizen', isBoolean),
    notReviewedReason: bound.optional('statusNote.notReviewedReason', isString),
    providerAssessment: bound.require('statusNote.providerAssessment', isString),
    themeChanges: themeChanges(bound, fields),
    remarks: bound.optional('statusNote.remarks', isString),
    recommendation: bound.require('statusNote.recommendation', oneOf(Object.values(EffortDecision))),
    goalStatuses: goalStatuses(bound, fields),
  };
  return withAnswerFields(fields, () => submitStatusNote(tx, viewer, input));
}
