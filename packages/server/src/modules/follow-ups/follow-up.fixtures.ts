/*
 * Test helpers for the follow-up, status-note and deadline tests: contracts made through the public mutations
 * (via test-support/case-fixtures) and meetings called with scheduleFollowUp.
 */
import { addDays, localDate } from '@treklang/schema';
import { createActiveContract, createContract as createDraftContract, goalDraft } from '../../test-support/case-fixtures.js';
import type { Tenant } from '../../test-support/factories.js';
import type { TestServer } from '../../test-support/test-server.js';

export interface ContractFixture {
  id: string;
  goalIds: string[];
}

export interface MeetingFixture {
  id: string;
  version: number;
  scheduledAt: string;
  planningStartBy: string;
  statusDueBy: string;
}

/** Today in Danish time, as the server reckons it. */
export const today = (): string => localDate(new Date());

/** An instant `days` from now at 10:00 UTC (midday in Denmark), so its Danish date is `today + days`. */
export function daysFromNow(days: number): string {
  return `${addDays(today(), days)}T10:00:00.000Z`;
}

async function ok<T>(response: Promise<{ data?: Record<string, any>; errors?: unknown[] }>, name: string): Promise<T> {
  const { data, errors } = await response;
  if (errors?.length || !data?.[name] || data[name].userErrors?.length) {
    throw new Error(`${name} failed: ${JSON.stringify(errors ?? data?.[name]?.userErrors)}`);
  }
  return data[name] as T;
}

const GOAL_TITLES = ['Jeg vil selv handle ind hver uge', 'Jeg vil sove mindst 7 timer hver nat', 'Jeg vil deltage i et fællesskab hver uge'];

/** A contract made with the lead's case fixtures (createContract, signContract); ACTIVE unless `draft`. */
export async function createContract(
  server: TestServer,
  tenant: Tenant,
  options: { serviceType?: string; startDate?: string; goals?: number; draft?: boolean } = {},
): Promise<ContractFixture> {
  const startDate = options.startDate ?? today();
  const goals = Array.from({ length: options.goals ?? 1 }, (_, i) =>
    goalDraft({ lifeThemeKey: i % 2 === 0 ? 'PRACTICAL_TASKS' : 'MENTAL_FUNCTIONS', title: GOAL_TITLES[i], deadline: addDays(startDate, 365) }),
  );
  const overrides = {
    serviceType: options.serviceType ?? 'SEL_108',
    startDate,
    goals,
    participants: [{ name: 'Kontaktperson', role: 'kontaktperson', organization: 'Bostedet' }],
  };
  const contract = options.draft ? await createDraftContract(server, tenant, overrides) : await createActiveContract(server, tenant, overrides);
  return { id: contract.id, goalIds: contract.goals.map((g: { id: string }) => g.id) };
}

export const SCHEDULE = `mutation($input: ScheduleFollowUpInput!) {
  scheduleFollowUp(input: $input) {
    meeting { id version kind scheduledAt planningStartBy statusDueBy location agenda participants { name role organization } heldAt }
    userErrors { code field message }
  }
}`;

/** Calls a meeting as the tenant's caseworker. */
export async function scheduleMeeting(server: TestServer, tenant: Tenant, contractId: string, scheduledAt: string, kind = 'REGULAR'): Promise<MeetingFixture> {
  const result = await ok<{ meeting: MeetingFixture }>(server.gql(tenant.tokens.caseworker, SCHEDULE, { input: { contractId, kind, scheduledAt } }), 'scheduleFollowUp');
  return result.meeting;
}

export const SUBMIT = `mutation($input: SubmitStatusNoteInput!) {
  submitStatusNote(input: $input) {
    statusNote { id version dueBy onTime submittedAt reviewedWithCitizen notReviewedReason providerAssessment recommendation remarks
      themeChanges { lifeThemeKey description functionalLevel }
      goalStatuses { attainment how citizenView professionalView scale score goal { id } } }
    userErrors { code field message }
  }
}`;

/** A minimal valid status note for a meeting. */
export function noteInput(meetingId: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    meetingId,
    reviewedWithCitizen: true,
    providerAssessment: 'Borgeren handler nu selv ind med lidt støtte.',
    recommendation: 'CONTINUE',
    ...extra,
  };
}

export const COMPLETE = `mutation($input: CompleteFollowUpInput!) {
  completeFollowUp(input: $input) {
    meeting { id version heldAt minutes decision nextMeetingAt }
    contract { id status endDate nextFollowUpDate documentVersion toBeSentToCitizen }
    contractVersion { number reason snapshot }
    nextMeeting { id kind scheduledAt statusDueBy agenda }
    userErrors { code field message }
  }
}`;

/** Counts rows in a table; `where` uses `?` placeholders on both engines. */
export async function countRows(server: TestServer, table: string, where = '1 = 1', params: unknown[] = []): Promise<number> {
  let n = 0;
  const condition = server.db.options.type === 'postgres' ? where.replace(/\?/g, () => `$${++n}`) : where;
  const rows = await server.db.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${condition}`, params);
  return Number(rows[0].n);
}
