import { findLifeTheme, isOnScale, isOnTime, parseCpr, planningStartBy, SERVICE_TYPES, statusDueBy, subGoalsDueBy } from '@treklang/schema';
import { describe, expect, it } from 'vitest';
import { Role } from '../common/enums.js';
import { generateDemoData, type DemoData } from './demo-data.js';
import { DEMO_USERS } from './demo-organizations.js';

const distinct = <T>(values: T[]): Set<T> => new Set(values);

function change(data: DemoData, goalId: string, scale: string): number | null {
  const readings = data.measurements.filter((m) => m.goalId === goalId && m.scale === scale).sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
  const baseline = readings.find((m) => m.kind === 'BASELINE');
  const latest = readings.filter((m) => m.kind === 'FOLLOW_UP').at(-1);
  return baseline && latest ? latest.value - baseline.value : null;
}

describe('generateDemoData', () => {
  it('gives the same rows for the same day and seed, and other rows for another seed', () => {
    expect(generateDemoData('2026-11-23')).toEqual(generateDemoData('2026-11-23'));
    expect(generateDemoData('2026-11-23', 7).citizens.map((c) => c.cpr)).not.toEqual(generateDemoData('2026-11-23').citizens.map((c) => c.cpr));
  });

  describe.each(['2026-11-23', '2028-02-29', '2027-01-01'])('relative to today = %s', (today) => {
    const data = generateDemoData(today);
    const now = `${today}T00:00:00.000Z`;

    it('has the four authorities, providers of every kind of service and a user for every role', () => {
      const authorities = data.organizations.filter((o) => o.kind === 'AUTHORITY');
      expect(authorities.map((a) => `${a.name} ${a.municipalityCode}`)).toEqual(expect.arrayContaining(['Hjørring Kommune 0860', 'Sorø Kommune 0340']));
      expect(authorities).toHaveLength(4);
      const providers = new Set(data.organizations.filter((o) => o.kind === 'PROVIDER').map((o) => o.rowId));
      const offered = distinct(data.contracts.filter((c) => providers.has(c.providerId)).map((c) => c.serviceType));
      expect([...offered].sort()).toEqual(['SEL_103', 'SEL_104', 'SEL_107', 'SEL_108', 'SEL_85']);
      expect(distinct(data.users.map((u) => u.role))).toEqual(new Set(Object.keys(Role)));
      expect(data.users.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email));
      expect(distinct(data.users.map((u) => u.email)).size).toBe(data.users.length);
      for (const user of data.users) {
        const org = data.organizations.find((o) => o.rowId === user.organizationId)!;
        expect(['PROVIDER_STAFF', 'PROVIDER_MANAGER'].includes(user.role)).toBe(org.kind === 'PROVIDER');
      }
    });

    it('has about 40 citizens with unique invented names and unique CPR numbers that are real dates', () => {
      expect(data.citizens.length).toBeGreaterThanOrEqual(35);
      expect(data.citizens.length).toBeLessThanOrEqual(45);
      expect(distinct(data.citizens.map((c) => c.name)).size).toBe(data.citizens.length);
      expect(distinct(data.citizens.map((c) => c.cpr)).size).toBe(data.citizens.length);
      for (const citizen of data.citizens) {
        const parsed = parseCpr(citizen.cpr);
        expect(parsed).toMatchObject({ valid: true, normalized: citizen.cpr, birthDate: citizen.birthDate });
        expect(['4', '9']).toContain(citizen.cpr[7]);
      }
      expect(distinct(data.citizens.map((c) => c.authorityId)).size).toBe(4);
    });

    it('has orders in every status; every contract rests on an accepted order for the same citizen and provider', () => {
      expect(distinct(data.orders.map((o) => o.status))).toEqual(new Set(['SENT', 'ACCEPTED', 'DECLINED']));
      for (const contract of data.contracts) {
        const order = data.orders.find((o) => o.rowId === contract.orderId)!;
        expect(order).toMatchObject({ status: 'ACCEPTED', citizenId: contract.citizenId, providerId: contract.providerId, authorityId: contract.authorityId });
      }
      expect(data.orders.filter((o) => o.status === 'DECLINED').every((o) => o.declineReason && o.decidedAt)).toBe(true);
      const waiting = data.orders.filter((o) => o.status === 'SENT');
      expect(waiting.every((o) => o.decidedAt === null)).toBe(true);
      expect(waiting.some((o) => o.decideBy < today)).toBe(true);
      expect(waiting.some((o) => o.decideBy >= today)).toBe(true);
    });

    it('has contracts in every status with 1-3 goals inside their life themes, in all goal types', () => {
      expect(distinct(data.contracts.map((c) => c.status))).toEqual(new Set(['DRAFT', 'ACTIVE', 'TERMINATED', 'ENDED']));
      for (const contract of data.contracts) {
        const goals = data.goals.filter((g) => g.contractId === contract.rowId);
        expect(goals.length).toBeGreaterThanOrEqual(1);
        expect(goals.length).toBeLessThanOrEqual(3);
        expect(goals.map((g) => g.priority).sort()).toEqual(goals.map((_, i) => i + 1));
        for (const goal of goals) {
          expect(findLifeTheme(goal.lifeThemeKey)).toBeDefined();
          expect(contract.lifeThemeKeys).toContain(goal.lifeThemeKey);
          expect(goal.deadline >= contract.startDate).toBe(true);
        }
        const parties = contract.signatures.map((s) => s.party).sort();
        if (contract.status === 'DRAFT') expect(contract.documentVersion).toBe(0);
        else expect(parties).toEqual(['BUYER', 'SELLER']);
        if (contract.status === 'TERMINATED') expect(contract.terminationReason && contract.endDate).toBeTruthy();
        if (contract.status === 'ENDED') expect(contract.endDate! < today).toBe(true);
      }
      expect(distinct(data.goals.map((g) => g.goalType))).toEqual(new Set(['DEVELOP', 'MAINTAIN', 'LIMIT_LOSS']));
      expect(distinct(data.goals.map((g) => g.lifeThemeKey)).size).toBeGreaterThanOrEqual(6);
    });

    it('has sub-goals proposed, approved and rejected, and sub-goal deadlines both overdue and upcoming', () => {
      expect(distinct(data.subGoals.map((s) => s.approval))).toEqual(new Set(['PROPOSED', 'APPROVED', 'REJECTED']));
      for (const sub of data.subGoals) {
        expect(sub.decidedAt === null).toBe(sub.approval === 'PROPOSED');
        if (sub.approval === 'REJECTED') expect(sub.decisionComment).toBeTruthy();
      }
      const waiting = data.contracts.filter((c) => c.status === 'ACTIVE' && data.goals.some((g) => g.contractId === c.rowId && !data.subGoals.some((s) => s.goalId === g.rowId && s.approval === 'APPROVED')));
      expect(waiting.some((c) => subGoalsDueBy(c.startDate) < today)).toBe(true);
      expect(waiting.some((c) => subGoalsDueBy(c.startDate) >= today)).toBe(true);
    });

    it('measures on the scales\' ranges, one BASELINE per goal and scale first, quarterly for two years, with a mix of outcomes', () => {
      for (const m of data.measurements) {
        expect(isOnScale(m.scale, m.value)).toBe(true);
        expect(m.measuredAt < today).toBe(true);
      }
      for (const goal of data.goals) {
        for (const scale of ['ONE_TO_TEN', 'VUM_0_4']) {
          const readings = data.measurements.filter((m) => m.goalId === goal.rowId && m.scale === scale).sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
          if (readings.length === 0) continue;
          expect(readings.filter((m) => m.kind === 'BASELINE')).toHaveLength(1);
          expect(readings[0].kind).toBe('BASELINE');
        }
      }
      const perGoal = data.goals.map((g) => data.measurements.filter((m) => m.goalId === g.rowId && m.scale === 'ONE_TO_TEN').length);
      expect(Math.max(...perGoal)).toBeGreaterThanOrEqual(9);
      expect(data.measurements.some((m) => m.scale === 'VUM_0_4' && m.kind === 'FOLLOW_UP')).toBe(true);
      const changes = data.goals.map((g) => change(data, g.rowId, 'ONE_TO_TEN')).filter((c): c is number => c !== null);
      expect(changes.filter((c) => c > 0).length).toBeGreaterThan(changes.length / 4);
      expect(changes.some((c) => c === 0)).toBe(true);
      expect(changes.some((c) => c < 0)).toBe(true);
    });

    it('has meetings held with minutes and upcoming ones, and status notes on time, late and overdue', () => {
      const held = data.meetings.filter((m) => m.heldAt !== null);
      const upcoming = data.meetings.filter((m) => m.heldAt === null);
      expect(held.length).toBeGreaterThan(10);
      expect(held.every((m) => m.minutes && m.decision && m.heldAt! < now)).toBe(true);
      expect(upcoming.every((m) => m.scheduledAt.slice(0, 10) >= today && m.minutes === null)).toBe(true);
      for (const meeting of data.meetings) {
        expect(meeting.planningStartBy).toBe(planningStartBy(meeting.scheduledAt.slice(0, 10)));
        expect(meeting.statusDueBy).toBe(statusDueBy(meeting.scheduledAt.slice(0, 10)));
      }
      expect(upcoming.some((m) => m.planningStartBy <= today && m.statusDueBy > today)).toBe(true);
      const noted = new Set(data.statusNotes.map((n) => n.meetingId));
      expect(upcoming.some((m) => m.statusDueBy < today && !noted.has(m.rowId))).toBe(true);
      for (const note of data.statusNotes) {
        expect(note.onTime).toBe(isOnTime(note.submittedAt.slice(0, 10), note.dueBy));
        expect(note.submittedAt < now).toBe(true);
      }
      expect(distinct(data.statusNotes.map((n) => n.onTime))).toEqual(new Set([true, false]));
      for (const report of data.goalStatuses) {
        if (report.score === null) continue;
        expect(data.measurements.some((m) => m.goalId === report.goalId && m.statusNoteId === report.statusNoteId && m.value === report.score && m.kind === 'FOLLOW_UP')).toBe(true);
      }
      const active = data.contracts.filter((c) => c.status === 'ACTIVE' && SERVICE_TYPES[c.serviceType].followUpIntervalMonths !== null);
      expect(active.every((c) => c.nextFollowUpDate !== null && c.nextFollowUpDate >= today)).toBe(true);
    });

    it('numbers contract versions from 1 at activation, one more per held meeting', () => {
      for (const contract of data.contracts) {
        const versions = data.versions.filter((v) => v.contractId === contract.rowId);
        expect(versions.map((v) => v.number)).toEqual(versions.map((_, i) => i + 1));
        expect(contract.documentVersion).toBe(versions.length);
        if (contract.status !== 'DRAFT') {
          expect(versions.length).toBe(1 + data.meetings.filter((m) => m.contractId === contract.rowId && m.heldAt).length);
          expect(contract.toBeSentToCitizen).toBe(versions.at(-1)!.sentToCitizenAt === null);
        }
      }
      expect(data.contracts.some((c) => c.toBeSentToCitizen)).toBe(true);
    });

    it('has change notices, consents (one revoked) and no event after today', () => {
      expect(data.changeNotices.length).toBeGreaterThan(3);
      expect(data.changeNotices.some((n) => n.acknowledgedAt !== null)).toBe(true);
      expect(data.changeNotices.some((n) => n.acknowledgedAt === null)).toBe(true);
      expect(data.consents.length).toBeGreaterThan(10);
      expect(data.consents.some((c) => c.revokedAt !== null && c.revokedAt > c.givenAt)).toBe(true);
      const instants = [
        ...data.citizens.map((c) => c.createdAt), ...data.orders.flatMap((o) => [o.sentAt, o.decidedAt]), ...data.contracts.map((c) => c.createdAt),
        ...data.subGoals.flatMap((s) => [s.proposedAt, s.decidedAt]), ...data.meetings.map((m) => m.createdAt), ...data.versions.flatMap((v) => [v.createdAt, v.sentToCitizenAt]),
        ...data.changeNotices.flatMap((n) => [n.createdAt, n.acknowledgedAt]), ...data.consents.flatMap((c) => [c.givenAt, c.revokedAt]),
      ].filter((x): x is string => x !== null);
      expect(instants.filter((instant) => !(instant < now))).toEqual([]);
    });

    it('refers only to rows it contains', () => {
      const ids = (rows: { rowId: string }[]) => new Set(rows.map((r) => r.rowId));
      const [orgs, users, citizens, contracts, goals, meetings, notes] = [data.organizations, data.users, data.citizens, data.contracts, data.goals, data.meetings, data.statusNotes].map(ids);
      expect(data.citizens.every((c) => orgs.has(c.authorityId))).toBe(true);
      expect(data.contracts.every((c) => citizens.has(c.citizenId) && orgs.has(c.providerId))).toBe(true);
      expect(data.goals.every((g) => contracts.has(g.contractId))).toBe(true);
      expect(data.subGoals.every((s) => goals.has(s.goalId) && users.has(s.proposedById))).toBe(true);
      expect(data.measurements.every((m) => goals.has(m.goalId) && users.has(m.recordedById) && (m.statusNoteId === null || notes.has(m.statusNoteId)))).toBe(true);
      expect(data.statusNotes.every((n) => meetings.has(n.meetingId) && contracts.has(n.contractId))).toBe(true);
      expect(distinct(data.statusNotes.map((n) => n.meetingId)).size).toBe(data.statusNotes.length);
      const allIds = [data.organizations, data.users, data.citizens, data.orders, data.contracts, data.goals, data.subGoals, data.meetings, data.statusNotes, data.goalStatuses, data.measurements, data.changeNotices, data.consents].flatMap((rows) => rows.map((r) => r.rowId));
      expect(distinct(allIds).size).toBe(allIds.length);
    });
  });
});
