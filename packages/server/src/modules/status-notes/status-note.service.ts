import { danishToday, findLifeTheme, isOnScale, isOnTime, LIMITS } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { isProviderStaff } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { CommonErrors } from '../../common/domain-error.js';
import { optionalText, requiredText } from '../../common/validate.js';
import { claimVersion } from '../../common/version.js';
import { newId, nowInstant } from '../../db/columns.js';
import { rowIdOf } from '../../graphql/ids.js';
import type { Contract } from '../contracts/contract.entity.js';
import type { EffortDecision, FollowUpMeeting } from '../follow-ups/follow-up-meeting.entity.js';
import { findVisibleMeeting } from '../follow-ups/follow-up.scope.js';
import { todayInDenmark } from '../follow-ups/follow-up.service.js';
import { Goal } from '../goals/goal.entity.js';
import { Measurement, MeasurementKind } from '../measurements/measurement.entity.js';
import { MeasurementErrors } from '../measurements/measurement.errors.js';
import { recordMeasurement } from '../measurements/measurement.service.js';
import type { GoalStatusInput, SubmitStatusNoteInput, UpdateStatusNoteInput } from './dto/status-note.input.js';
import { GoalStatusReport } from './goal-status.entity.js';
import type { ThemeChange, ThemeChangeInput } from './status-note-parts.js';
import { StatusNote } from './status-note.entity.js';
import { StatusNoteErrors } from './status-note.errors.js';
import { assertProviderMayRecord } from '../../auth/authorize-write.js';
import { ConsentCategory } from '../consents/consent-category.js';

/** The status note is the provider's: its staff or manager at the contract's provider write it. */
function assertProviderOf(viewer: Viewer, contract: Contract): void {
  if (!isProviderStaff(viewer) || viewer.organization.rowId !== contract.providerId) throw StatusNoteErrors.onlyProvider();
}

function themeChanges(list: ThemeChangeInput[], field: string[]): ThemeChange[] {
  if (list.length > LIMITS.maxListItems) throw CommonErrors.invalid(field, { da: 'For mange punkter.', en: 'Too many items.' });
  const seen = new Set<string>();
  return list.map((change, index) => {
    const at = [...field, String(index)];
    if (!findLifeTheme(change.lifeThemeKey)) throw StatusNoteErrors.unknownTheme([...at, 'lifeThemeKey']);
    if (seen.has(change.lifeThemeKey)) throw StatusNoteErrors.themeTwice([...at, 'lifeThemeKey']);
    seen.add(change.lifeThemeKey);
    const level = change.functionalLevel ?? null;
    if (level !== null && !isOnScale('VUM_0_4', level)) throw StatusNoteErrors.functionalLevel([...at, 'functionalLevel']);
    return { lifeThemeKey: change.lifeThemeKey, description: requiredText(change.description, [...at, 'description']), functionalLevel: level };
  });
}

function notReviewedReason(reviewed: boolean, reason: string | null | undefined): string | null {
  if (reviewed) return null;
  const text = optionalText(reason, ['input', 'notReviewedReason']);
  if (text === null) throw StatusNoteErrors.notReviewedReason();
  return text;
}

/** Checks the goal reports against the contract's goals and makes their rows (not yet saved). */
async function goalReports(tx: EntityManager, contract: Contract, list: GoalStatusInput[], statusNoteId: string): Promise<GoalStatusReport[]> {
  const goals = new Set((await tx.getRepository(Goal).findBy({ contractId: contract.rowId })).map((goal) => goal.rowId));
  const seen = new Set<string>();
  return list.map((report, index) => {
    const at = ['input', 'goalStatuses', String(index)];
    const goalId = rowIdOf(report.goalId, 'Goal', [...at, 'goalId']);
    if (!goals.has(goalId)) throw StatusNoteErrors.goalNotInContract([...at, 'goalId']);
    if (seen.has(goalId)) throw StatusNoteErrors.goalTwice([...at, 'goalId']);
    seen.add(goalId);
    const scale = report.scale ?? null;
    const score = report.score ?? null;
    if (scale !== null && score === null) throw StatusNoteErrors.scaleWithoutScore([...at, 'score']);
    if (scale === null && score !== null) throw StatusNoteErrors.scoreWithoutScale([...at, 'scale']);
    if (scale !== null && score !== null && !isOnScale(scale, score)) throw MeasurementErrors.outOfRange(scale, [...at, 'score']);
    return Object.assign(new GoalStatusReport(), {
      rowId: newId(),
      statusNoteId,
      goalId,
      attainment: report.attainment,
      how: optionalText(report.how, [...at, 'how']),
      citizenView: optionalText(report.citizenView, [...at, 'citizenView']),
      professionalView: optionalText(report.professionalView, [...at, 'professionalView']),
      scale,
      score,
      createdAt: nowInstant(),
    });
  });
}

/** Saves the goal reports and records each score as today's FOLLOW_UP measurement tied to the note. */
async function saveGoalReports(tx: EntityManager, viewer: Viewer, reports: GoalStatusReport[]): Promise<void> {
  if (reports.length === 0) return;
  await tx.getRepository(GoalStatusReport).save(reports);
  // The measurement service checks its dates in UTC; use the same day so a late-evening note is never "in the future".
  const measuredAt = danishToday();
  for (const [index, report] of reports.entries()) {
    if (report.scale === null || report.score === null) continue;
    const goal = Object.assign(new Goal(), { rowId: report.goalId });
    await recordMeasurement(
      tx,
      viewer,
      { goalId: goal.id, scale: report.scale, value: report.score, measuredAt, kind: MeasurementKind.FOLLOW_UP, comment: null },
      { statusNoteId: report.statusNoteId, field: ['input', 'goalStatuses', String(index)] },
    );
  }
}

async function loadMeetingForNote(tx: EntityManager, viewer: Viewer, meetingRowId: string, field: string[]): Promise<{ meeting: FollowUpMeeting; contract: Contract }> {
  const found = await findVisibleMeeting(tx, viewer, meetingRowId);
  if (!found) throw CommonErrors.notFound(field[1] === 'meetingId' ? 'Mødet' : 'Den skriftlige status', field);
  assertProviderOf(viewer, found.contract);
  if (found.meeting.heldAt !== null) throw StatusNoteErrors.meetingHeld(field);
  await assertProviderMayRecord(tx, viewer, found.contract, ConsentCategory.PROGRESS);
  return found;
}

export async function submitStatusNote(tx: EntityManager, viewer: Viewer, input: SubmitStatusNoteInput): Promise<StatusNote> {
  if (!isProviderStaff(viewer)) throw StatusNoteErrors.onlyProvider();
  const meetingRowId = rowIdOf(input.meetingId, 'FollowUpMeeting', ['input', 'meetingId']);
  const { meeting, contract } = await loadMeetingForNote(tx, viewer, meetingRowId, ['input', 'meetingId']);
  if (await tx.getRepository(StatusNote).existsBy({ meetingId: meetingRowId })) throw StatusNoteErrors.exists();
  const note = Object.assign(new StatusNote(), {
    rowId: newId(),
    version: 1,
    contractId: contract.rowId,
    meetingId: meetingRowId,
    submittedAt: nowInstant(),
    dueBy: meeting.statusDueBy,
    onTime: isOnTime(todayInDenmark(), meeting.statusDueBy),
    reviewedWithCitizen: input.reviewedWithCitizen,
    notReviewedReason: notReviewedReason(input.reviewedWithCitizen, input.notReviewedReason),
    providerAssessment: requiredText(input.providerAssessment, ['input', 'providerAssessment']),
    themeChanges: themeChanges(input.themeChanges ?? [], ['input', 'themeChanges']),
    remarks: optionalText(input.remarks, ['input', 'remarks']),
    recommendation: input.recommendation,
    submittedById: viewer.user.rowId,
    createdAt: nowInstant(),
  });
  const reports = await goalReports(tx, contract, input.goalStatuses ?? [], note.rowId);
  await tx.getRepository(StatusNote).save(note);
  await saveGoalReports(tx, viewer, reports);
  return note;
}

export async function updateStatusNote(tx: EntityManager, viewer: Viewer, input: UpdateStatusNoteInput): Promise<StatusNote> {
  if (!isProviderStaff(viewer)) throw StatusNoteErrors.onlyProvider();
  const rowId = rowIdOf(input.id, 'StatusNote', ['input', 'id']);
  const note = await tx.getRepository(StatusNote).findOneBy({ rowId });
  if (!note) throw CommonErrors.notFound('Den skriftlige status');
  const { contract } = await loadMeetingForNote(tx, viewer, note.meetingId, ['input', 'id']);
  const changes: Partial<StatusNote> = {};
  const reviewed = input.reviewedWithCitizen ?? note.reviewedWithCitizen;
  if (input.reviewedWithCitizen != null || input.notReviewedReason !== undefined) {
    changes.reviewedWithCitizen = reviewed;
    changes.notReviewedReason = notReviewedReason(reviewed, input.notReviewedReason === undefined ? note.notReviewedReason : input.notReviewedReason);
  }
  if (input.providerAssessment != null) changes.providerAssessment = requiredText(input.providerAssessment, ['input', 'providerAssessment']);
  if (input.themeChanges != null) changes.themeChanges = themeChanges(input.themeChanges, ['input', 'themeChanges']);
  if (input.remarks !== undefined) changes.remarks = optionalText(input.remarks, ['input', 'remarks']);
  if (input.recommendation != null) changes.recommendation = input.recommendation as EffortDecision;
  const reports = input.goalStatuses != null ? await goalReports(tx, contract, input.goalStatuses, rowId) : null;
  const version = await claimVersion(tx, StatusNote, rowId, input.expectedVersion, 'Den skriftlige status');
  if (Object.keys(changes).length) await tx.getRepository(StatusNote).update({ rowId }, changes);
  if (reports) {
    // The note's scores are replaced: its old measurements go with its old goal reports.
    await tx.getRepository(Measurement).delete({ statusNoteId: rowId });
    await tx.getRepository(GoalStatusReport).delete({ statusNoteId: rowId });
    await saveGoalReports(tx, viewer, reports);
  }
  return Object.assign(note, changes, { version });
}
