/*
 * Test helpers for the progression and timeliness tests: cases written straight into the database with exact
 * dates and readings (the public mutations would stamp today's date on everything), read back over HTTP.
 */
import { addDays, meetingDates } from '@treklang/schema';
import type { DataSource } from 'typeorm';
import { newId } from '../../db/columns.js';
import { uniqueCpr } from '../../test-support/factories.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { FollowUpMeeting } from '../follow-ups/follow-up-meeting.entity.js';
import { Goal } from '../goals/goal.entity.js';
import { Measurement } from '../measurements/measurement.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import { StatusNote } from '../status-notes/status-note.entity.js';
import { SubGoal } from '../sub-goals/sub-goal.entity.js';
import type { User } from '../users/user.entity.js';
import { CONSENT_CATEGORIES } from '../consents/consent-category.js';
import { ConsentShare } from '../consents/consent-share.entity.js';
import { Consent } from '../consents/consent.entity.js';

export interface ReadingSpec {
  kind: 'BASELINE' | 'FOLLOW_UP';
  value: number;
  on: string;
  scale?: 'ONE_TO_TEN' | 'VUM_0_4';
  /** When it was recorded; decides between readings of the same day. */
  createdAt?: string;
}

export interface GoalSpec {
  theme?: string;
  goalType?: 'DEVELOP' | 'MAINTAIN' | 'LIMIT_LOSS';
  status?: string;
  readings?: ReadingSpec[];
  createdAt?: string;
}

export interface CaseSpec {
  authority: Organization;
  provider: Organization;
  /** The provider's user, who records readings and proposes sub-goals. */
  staff: User;
  serviceType?: string;
  status?: 'DRAFT' | 'ACTIVE' | 'ENDED' | 'TERMINATED';
  start?: string;
  goals: GoalSpec[];
}

export interface CaseIds {
  citizenId: string;
  contractId: string;
  goalIds: string[];
}

const at = (date: string, time = '10:00:00.000'): string => `${date}T${time}Z`;

/** The citizen's consent to share every kind of information with the provider, so its staff see the case. */
async function shareWithProvider(db: DataSource, spec: CaseSpec, citizenId: string, givenAt: string): Promise<void> {
  const consent = await db.getRepository(Consent).save(
    Object.assign(new Consent(), { rowId: newId(), citizenId, parties: ['Leverandør'], scope: ['Alle oplysninger'], excluded: [], givenAt, revokedAt: null, recordedById: spec.staff.rowId, createdAt: givenAt }),
  );
  await db.getRepository(ConsentShare).insert(
    CONSENT_CATEGORIES.map((category) => Object.assign(new ConsentShare(), { rowId: newId(), consentId: consent.rowId, citizenId, organizationId: spec.provider.rowId, category, createdAt: givenAt })),
  );
}

/** A citizen with one contract and its goals and readings. */
export async function insertCase(db: DataSource, spec: CaseSpec): Promise<CaseIds> {
  const start = spec.start ?? '2025-01-10';
  const citizen = await db.getRepository(Citizen).save(
    Object.assign(new Citizen(), {
      rowId: newId(), version: 1, name: 'Borger Testesen', cpr: uniqueCpr(), birthDate: '1970-01-01', address: null, phone: null, guardian: null,
      supportPerson: null, authorityId: spec.authority.rowId, createdAt: at(addDays(start, -30)),
    }),
  );
  const contract: Contract = Object.assign(new Contract(), {
      rowId: newId(), version: 1, documentVersion: 1, orderId: null, citizenId: citizen.rowId, authorityId: spec.authority.rowId,
      providerId: spec.provider.rowId, serviceType: spec.serviceType ?? 'SEL_108', status: spec.status ?? 'ACTIVE', startDate: start,
      assessmentTool: 'VUM', lifeThemeKeys: [...new Set(spec.goals.map((g) => g.theme ?? 'MENTAL_FUNCTIONS'))], purpose: 'Formål',
      goalRationale: 'Begrundelse', reportingForms: ['NUMBERS'], participants: [], nextFollowUpDate: null, priceAmount: null, priceUnit: null,
      noticePeriodDays: 30, dischargeCriteria: 'Kriterier', signatures: [], toBeSentToCitizen: false, endDate: null, terminationReason: null,
      createdAt: at(addDays(start, -20)),
  });
  await db.getRepository(Contract).save(contract);
  await shareWithProvider(db, spec, citizen.rowId, at(addDays(start, -25)));
  const goalIds: string[] = [];
  for (const [index, spec2] of spec.goals.entries()) {
    const goal = await db.getRepository(Goal).save(
      Object.assign(new Goal(), {
        rowId: newId(), version: 1, contractId: contract.rowId, lifeThemeKey: spec2.theme ?? 'MENTAL_FUNCTIONS', goalType: spec2.goalType ?? 'DEVELOP',
        title: 'Jeg vil klare mere selv', measurableCriterion: 'Kriterium', deadline: addDays(start, 365), priority: index + 1,
        status: spec2.status ?? 'ACTIVE', outcomeComment: null, createdAt: spec2.createdAt ?? at(addDays(start, -20)),
      }),
    );
    goalIds.push(goal.rowId);
    for (const reading of spec2.readings ?? []) {
      await db.getRepository(Measurement).save(
        Object.assign(new Measurement(), {
          rowId: newId(), goalId: goal.rowId, scale: reading.scale ?? 'ONE_TO_TEN', value: reading.value, measuredAt: reading.on, kind: reading.kind,
          comment: null, recordedById: spec.staff.rowId, statusNoteId: null, createdAt: reading.createdAt ?? at(reading.on),
        }),
      );
    }
  }
  return { citizenId: citizen.rowId, contractId: contract.rowId, goalIds };
}

/** `count` citizens with the same case. */
export async function insertCases(db: DataSource, count: number, spec: CaseSpec): Promise<CaseIds[]> {
  const cases: CaseIds[] = [];
  for (let i = 0; i < count; i++) cases.push(await insertCase(db, spec));
  return cases;
}

/** A goal with a baseline and one follow-up reading. */
export function measuredGoal(baseline: number, latest: number, options: Omit<GoalSpec, 'readings'> & { on?: string; scale?: 'ONE_TO_TEN' | 'VUM_0_4' } = {}): GoalSpec {
  const scale = options.scale ?? 'ONE_TO_TEN';
  return {
    ...options,
    readings: [
      { kind: 'BASELINE', value: baseline, on: '2025-01-15', scale },
      { kind: 'FOLLOW_UP', value: latest, on: options.on ?? '2025-07-15', scale },
    ],
  };
}

export interface MeetingSpec {
  contractId: string;
  /** The meeting's day; it is at 08:00 UTC. */
  on: string;
  heldOn?: string | null;
  /** The status note: submitted on this day (on time when on or before the due day, 14 days before), or none. */
  noteOn?: string | null;
  staff: User;
}

/** A follow-up meeting with its deadlines, and the status note when given. */
export async function insertMeeting(db: DataSource, spec: MeetingSpec): Promise<FollowUpMeeting> {
  const scheduledAt = at(spec.on, '08:00:00.000');
  const dates = meetingDates(scheduledAt);
  const meeting = await db.getRepository(FollowUpMeeting).save(
    Object.assign(new FollowUpMeeting(), {
      rowId: newId(), version: 1, contractId: spec.contractId, kind: 'REGULAR', scheduledAt, planningStartBy: dates.planningStartBy,
      statusDueBy: dates.statusDueBy, location: null, agenda: [], participants: [], heldAt: spec.heldOn ? at(spec.heldOn, '12:00:00.000') : null,
      minutes: null, decision: null, nextMeetingAt: null, createdAt: at(addDays(spec.on, -60)),
    }),
  );
  if (spec.noteOn) {
    await db.getRepository(StatusNote).save(
      Object.assign(new StatusNote(), {
        rowId: newId(), version: 1, contractId: spec.contractId, meetingId: meeting.rowId, submittedAt: at(spec.noteOn), dueBy: dates.statusDueBy,
        onTime: spec.noteOn <= dates.statusDueBy, reviewedWithCitizen: true, notReviewedReason: null, providerAssessment: 'Vurdering',
        themeChanges: [], remarks: null, recommendation: 'CONTINUE', submittedById: spec.staff.rowId, createdAt: at(spec.noteOn),
      }),
    );
  }
  return meeting;
}

/** A sub-goal proposed by the provider and decided (or not) by the authority on the given day. */
export async function insertSubGoal(
  db: DataSource,
  spec: { goalId: string; staff: User; caseworker: User; approval: 'PROPOSED' | 'APPROVED' | 'REJECTED'; decidedOn?: string; proposedOn?: string },
): Promise<void> {
  const proposedAt = at(spec.proposedOn ?? '2025-02-01');
  await db.getRepository(SubGoal).save(
    Object.assign(new SubGoal(), {
      rowId: newId(), version: 1, goalId: spec.goalId, title: 'Delmål', method: null, status: 'OPEN', approval: spec.approval, proposedAt,
      decidedAt: spec.decidedOn ? at(spec.decidedOn) : null, decisionComment: null, proposedById: spec.staff.rowId,
      decidedById: spec.decidedOn ? spec.caseworker.rowId : null, createdAt: proposedAt,
    }),
  );
}
