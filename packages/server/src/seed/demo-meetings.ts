import { addDays, addMonths, daysBetween, DEFAULT_FOLLOW_UP_AGENDA, isOnTime, planningStartBy, SERVICE_TYPES, statusDueBy, type IsoDate } from '@treklang/schema';
import { EffortDecision, FollowUpMeeting, MeetingKind } from '../modules/follow-ups/follow-up-meeting.entity.js';
import { GoalAttainment, GoalStatusReport } from '../modules/status-notes/goal-status.entity.js';
import { StatusNote } from '../modules/status-notes/status-note.entity.js';
import type { DemoContext } from './demo-model.js';
import { latestReading, type DemoCase, type DemoGoal } from './demo-progress.js';
import { MEETING_MINUTES, NOT_REVIEWED_REASONS, PROVIDER_ASSESSMENTS, STATUS_REMARKS, THEME_CHANGE_DESCRIPTIONS } from './demo-texts.js';
import { at, inThePast, later } from './demo-time.js';

interface PlannedMeeting {
  kind: MeetingKind;
  date: IsoDate;
}

/** Floating support is followed up as needed: the demo calls a meeting after 6 months and then about every 9. */
const AS_NEEDED_FIRST_MONTHS = 6;
const AS_NEEDED_EVERY_MONTHS = 9;
/** An as-needed meeting further ahead than this is not booked yet. */
const AS_NEEDED_HORIZON_DAYS = 120;

/** The contract's meetings in date order: the optional early one and the regular (or as-needed) ones, up to `until`. */
function plannedMeetings(demoCase: DemoCase, until: IsoDate): PlannedMeeting[] {
  const { start, spec } = demoCase;
  const planned: PlannedMeeting[] = [];
  if (spec.early) planned.push({ kind: MeetingKind.EARLY, date: addMonths(start, 3) });
  const interval = SERVICE_TYPES[spec.service].followUpIntervalMonths;
  for (let n = 1; ; n += 1) {
    const months = interval === null ? AS_NEEDED_FIRST_MONTHS + (n - 1) * AS_NEEDED_EVERY_MONTHS : n * interval;
    const date = addMonths(start, months);
    if (date > until) break;
    planned.push({ kind: interval === null ? MeetingKind.EXTRA : MeetingKind.REGULAR, date });
  }
  return planned.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The follow-up meetings of one contract: those before today (or before the effort stopped) are held with
 * minutes and a decision; an ended effort gets a final meeting that decided to end it; an active contract gets
 * its next meeting booked. Each held meeting has the provider's written status, on time or late; the upcoming
 * one has it as the scenario says. Returns the held meetings (each makes a contract version) in date order.
 */
export function buildMeetings(ctx: DemoContext, demoCase: DemoCase): FollowUpMeeting[] {
  const { today, rng } = ctx;
  const { contract, spec } = demoCase;
  const horizon = addMonths(today, 48);
  let planned = plannedMeetings(demoCase, horizon);
  let held: PlannedMeeting[];
  let upcoming: PlannedMeeting | null = null;
  if (spec.status === 'ENDED' && demoCase.end) {
    const final = addDays(demoCase.end, -14);
    held = [...planned.filter((m) => m.date < addDays(final, -30)), { kind: MeetingKind.EXTRA, date: final }];
  } else if (spec.status === 'TERMINATED' && demoCase.terminatedOn) {
    const stop = demoCase.terminatedOn;
    held = planned.filter((m) => m.date < stop);
  } else {
    held = planned.filter((m) => m.date < today);
    planned = planned.filter((m) => m.date >= today);
    const next = planned[0] ?? null;
    const asNeeded = next?.kind === MeetingKind.EXTRA;
    upcoming = next && (!asNeeded || next.date <= addDays(today, AS_NEEDED_HORIZON_DAYS)) ? next : null;
  }

  const all = [...held, ...(upcoming ? [upcoming] : [])];
  const meetings = all.map((plan, index) => {
    const isHeld = index < held.length;
    const isFinal = spec.status === 'ENDED' && index === held.length - 1;
    const decision = !isHeld ? null : isFinal ? EffortDecision.END : rng.chance(0.25) ? EffortDecision.CHANGE : EffortDecision.CONTINUE;
    const next = all[index + 1];
    const createdOn = later(contract.createdAt.slice(0, 10), inThePast(planningStartBy(plan.date), today));
    return Object.assign(new FollowUpMeeting(), {
      rowId: rng.uuid(),
      version: isHeld ? 2 : 1,
      contractId: contract.rowId,
      kind: plan.kind,
      scheduledAt: at(plan.date, 8),
      planningStartBy: planningStartBy(plan.date),
      statusDueBy: statusDueBy(plan.date),
      location: demoCase.meetingPlace,
      agenda: DEFAULT_FOLLOW_UP_AGENDA.map((item) => item.da),
      participants: contract.participants,
      heldAt: isHeld ? at(plan.date, 9, 30) : null,
      minutes: decision ? MEETING_MINUTES[decision] : null,
      decision,
      nextMeetingAt: isHeld && next ? at(next.date, 8) : null,
      createdAt: at(createdOn, 9),
    });
  });
  ctx.data.meetings.push(...meetings);

  meetings.forEach((meeting, index) => {
    const isHeld = index < held.length;
    const submittedOn = isHeld ? heldMeetingStatusDate(ctx, meeting, meeting.kind === MeetingKind.EARLY) : upcomingStatusDate(ctx, demoCase, meeting);
    if (submittedOn) writeStatusNote(ctx, demoCase, meeting, submittedOn);
  });

  contract.nextFollowUpDate = upcoming ? upcoming.date : null;
  return meetings.slice(0, held.length);
}

/** Mostly on time, sometimes a few days late; the early meeting has a written status only half the time. */
function heldMeetingStatusDate(ctx: DemoContext, meeting: FollowUpMeeting, optional: boolean): IsoDate | null {
  if (optional && ctx.rng.chance(0.5)) return null;
  return ctx.rng.chance(0.75) ? addDays(meeting.statusDueBy, -ctx.rng.int(0, 6)) : addDays(meeting.statusDueBy, ctx.rng.int(1, 8));
}

/** The status for the next meeting: as the scenario says, or by chance once it is (nearly) due. */
function upcomingStatusDate(ctx: DemoContext, demoCase: DemoCase, meeting: FollowUpMeeting): IsoDate | null {
  const { rng, today } = ctx;
  const due = meeting.statusDueBy;
  const yesterday = addDays(today, -1);
  const earliest = later(demoCase.start, addDays(due, -10));
  const wanted = demoCase.spec.nextStatus ?? (due < today ? rng.pick(['ON_TIME', 'LATE', 'MISSING'] as const) : due <= addDays(today, 7) && rng.chance(0.4) ? 'ON_TIME' : 'MISSING');
  if (wanted === 'MISSING') return null;
  if (wanted === 'LATE' && due < addDays(yesterday, -1)) return addDays(due, rng.int(1, Math.min(8, Math.max(1, daysBetween(due, yesterday)))));
  const onTime = inThePast(addDays(due, -rng.int(0, 4)), today);
  return onTime >= earliest ? onTime : null;
}

function attainmentOf(demoGoal: DemoGoal, change: number | null): GoalAttainment {
  if (change === null) return GoalAttainment.NOT_REACHED;
  if (demoGoal.goal.goalType === 'DEVELOP') return change >= 3 ? GoalAttainment.REACHED : change >= 1 ? GoalAttainment.PARTLY : GoalAttainment.NOT_REACHED;
  return change >= 0 ? GoalAttainment.REACHED : change >= -1 ? GoalAttainment.PARTLY : GoalAttainment.NOT_REACHED;
}

/** The provider's written status before a meeting, with a report per goal whose score is that goal's latest reading. */
function writeStatusNote(ctx: DemoContext, demoCase: DemoCase, meeting: FollowUpMeeting, submittedOn: IsoDate): void {
  const { rng } = ctx;
  const reviewed = rng.chance(0.85);
  const themes = rng.sample(demoCase.contract.lifeThemeKeys, rng.int(0, 2));
  const note = Object.assign(new StatusNote(), {
    rowId: rng.uuid(),
    version: 1,
    contractId: demoCase.contract.rowId,
    meetingId: meeting.rowId,
    submittedAt: at(submittedOn, 12, rng.int(0, 59)),
    dueBy: meeting.statusDueBy,
    onTime: isOnTime(submittedOn, meeting.statusDueBy),
    reviewedWithCitizen: reviewed,
    notReviewedReason: reviewed ? null : rng.pick(NOT_REVIEWED_REASONS),
    providerAssessment: rng.pick(PROVIDER_ASSESSMENTS),
    themeChanges: themes.map((key) => ({ lifeThemeKey: key, description: THEME_CHANGE_DESCRIPTIONS[key] ?? 'Ændret siden sidste møde.', functionalLevel: rng.chance(0.6) ? rng.int(1, 3) : null })),
    remarks: rng.chance(0.6) ? rng.pick(STATUS_REMARKS) : null,
    recommendation: meeting.decision === EffortDecision.END ? EffortDecision.END : meeting.decision ?? EffortDecision.CONTINUE,
    submittedById: demoCase.staff.rowId,
    createdAt: at(submittedOn, 12),
  });
  ctx.data.statusNotes.push(note);
  for (const demoGoal of demoCase.goals) {
    const latest = latestReading(demoGoal, submittedOn);
    const scored = latest && latest.kind === 'FOLLOW_UP' ? latest : null;
    if (scored && scored.statusNoteId === null) scored.statusNoteId = note.rowId;
    const change = scored ? scored.value - demoGoal.readings[0].value : null;
    ctx.data.goalStatuses.push(
      Object.assign(new GoalStatusReport(), {
        rowId: rng.uuid(),
        statusNoteId: note.rowId,
        goalId: demoGoal.goal.rowId,
        attainment: attainmentOf(demoGoal, change),
        how: `Vi har arbejdet med delmålene: ${demoGoal.template.subGoals.map((s) => s.title.toLowerCase()).join('; ')}.`,
        citizenView: demoGoal.template.citizenView,
        professionalView: demoGoal.template.professionalView,
        scale: scored ? 'ONE_TO_TEN' : null,
        score: scored ? scored.value : null,
        createdAt: note.createdAt,
      }),
    );
  }
}
