import type { IsoDate } from '@treklang/schema';
import { createPrng, type Prng } from '../seed/prng.js';
import { addDays, daysBetween } from './dataset/fast.js';
import { TABLES, type Row, type RowSink, type TableSpec } from './dataset/tables.js';

/*
 * The dataset of `pnpm bench:erasure-due`: per authority, citizens whose case is due for anonymisation (closed long
 * ago, each with a contract, 2 goals with readings, a held meeting, a status note, a consent and a form response),
 * citizens the SQL pre-filter lets through but the rule rejects (the same old case with one recent reading, meeting,
 * status note or form answer), and citizens with an open or recently closed case. Kinds are interleaved in creation
 * order, as they would be in a real authority.
 */

export type CaseKind = 'due' | 'rejected' | 'open';

export interface AuthorityMix {
  name: string;
  code: string;
  due: number;
  rejected: number;
  open: number;
}

export interface ErasureAuthority {
  id: string;
  adminId: string;
  mix: AuthorityMix;
}

const CONSENT: TableSpec = {
  name: 'consent',
  columns: [
    ['id', 'text'], ['citizen_id', 'text'], ['parties', 'text'], ['scope', 'text'], ['excluded', 'text'], ['given_at', 'text'], ['revoked_at', 'text'],
    ['recorded_by_id', 'text'], ['created_at', 'text'],
  ],
};
const FORM_RESPONSE: TableSpec = {
  name: 'form_response',
  columns: [
    ['id', 'text'], ['version', 'int'], ['template_id', 'text'], ['subject_type', 'text'], ['subject_id', 'text'], ['answers', 'text'], ['status', 'text'],
    ['submitted_at', 'text'], ['submitted_by_id', 'text'], ['written_type', 'text'], ['written_id', 'text'], ['created_by_id', 'text'], ['updated_at', 'text'],
    ['created_at', 'text'],
  ],
};

interface Rows {
  citizen: Row[];
  contract: Row[];
  goal: Row[];
  meeting: Row[];
  statusNote: Row[];
  measurement: Row[];
  consent: Row[];
  formResponse: Row[];
}

interface Context {
  prng: Prng;
  today: IsoDate;
  authority: ErasureAuthority;
  providerId: string;
  staffId: string;
  templateId: string;
  rows: Rows;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const at = (date: IsoDate, hour = 10): string => `${date}T${pad(hour)}:00:00.000Z`;
const CREATED = '2010-01-04T08:00:00.000Z';
const RECENT_KINDS = ['measurement', 'meeting', 'statusNote', 'formResponse'] as const;

/** One citizen and their case; `serial` keeps CPR numbers unique across the whole dataset. */
function addCase(ctx: Context, kind: CaseKind, serial: number): void {
  const { prng, today, rows, authority } = ctx;
  const open = kind === 'open';
  // Due and rejected cases start 8-14 years back and closed within 2 years; open ones started any time in 14 years.
  const created = addDays(today, -prng.int(open ? 30 : 8 * 365, 14 * 365));
  const start = addDays(created, 20);
  const closedLongAgo = addDays(start, prng.int(120, 700));
  const status = open ? prng.pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'ENDED']) : prng.pick(['ENDED', 'ENDED', 'TERMINATED']);
  const recentEnd = addDays(today, -prng.int(1, Math.max(1, Math.min(4 * 365, daysBetween(start, today)))));
  const end = status === 'ACTIVE' ? null : open ? recentEnd : closedLongAgo;
  const lastDay = end ?? addDays(today, -1);
  const middle = addDays(start, Math.floor((Date.parse(lastDay) - Date.parse(start)) / 2 / 86_400_000));
  const recent = kind === 'rejected' ? prng.pick(RECENT_KINDS) : null;
  const recentDay = addDays(today, -prng.int(1, 3 * 365));
  const when = (part: (typeof RECENT_KINDS)[number], date: IsoDate) => at(recent === part ? recentDay : date);

  const citizenId = prng.uuid();
  const born = `19${pad(40 + (serial % 60))}-${pad((serial % 12) + 1)}-${pad((serial % 28) + 1)}`;
  rows.citizen.push([citizenId, 1, `Borger ${serial}`, `${born.slice(8, 10)}${born.slice(5, 7)}${born.slice(2, 4)}-${pad(serial % 10_000, 4)}`, born, null, null, null, null, authority.id, at(created, 9)]);
  const contractId = prng.uuid();
  rows.contract.push([
    contractId, 2, 1, null, citizenId, authority.id, ctx.providerId, 'SEL_85', status, start, 'VUM', '["PRACTICAL_TASKS","RELATIONS"]', 'Formål', 'Begrundelse',
    '["NUMBERS"]', '[]', null, 500, 'PER_HOUR', 30, 'Kriterier', '[]', false, end, status === 'TERMINATED' ? 'Opsagt' : null, at(addDays(start, -10)),
  ]);
  for (const [priority, theme] of ['PRACTICAL_TASKS', 'RELATIONS'].entries()) {
    const goalId = prng.uuid();
    rows.goal.push([goalId, 1, contractId, theme, 'DEVELOP', 'Mål', 'Kriterium', addDays(start, 365), priority + 1, 'ACTIVE', null, at(start)]);
    rows.measurement.push([prng.uuid(), goalId, 'ONE_TO_TEN', 4, start, 'BASELINE', null, ctx.staffId, null, at(start)]);
    const last = priority === 1 ? when('measurement', middle) : at(middle);
    rows.measurement.push([prng.uuid(), goalId, 'ONE_TO_TEN', 6, middle, 'FOLLOW_UP', null, ctx.staffId, null, last]);
  }
  const meetingId = prng.uuid();
  rows.meeting.push([
    meetingId, 1, contractId, 'REGULAR', at(middle), addDays(middle, -56), addDays(middle, -14), 'Hos leverandøren', '[]', '[]', when('meeting', middle), 'Referat',
    'CONTINUE', null, at(addDays(middle, -70)),
  ]);
  const noteOn = addDays(middle, -16);
  rows.statusNote.push([prng.uuid(), 1, contractId, meetingId, when('statusNote', noteOn), addDays(middle, -14), true, true, null, 'Vurdering', '[]', null, 'CONTINUE', ctx.staffId, at(noteOn)]);
  rows.consent.push([prng.uuid(), citizenId, '["Myndigheden","Leverandøren"]', '["Mål"]', '[]', at(created), null, authority.adminId, at(created)]);
  rows.formResponse.push([prng.uuid(), 1, ctx.templateId, 'CONTRACT', contractId, '{}', 'DRAFT', null, null, null, null, ctx.staffId, when('formResponse', middle), at(middle)]);
}

const emptyRows = (): Rows => ({ citizen: [], contract: [], goal: [], meeting: [], statusNote: [], measurement: [], consent: [], formResponse: [] });

/** The case kinds of an authority in a shuffled order. */
const kindsOf = (prng: Prng, mix: AuthorityMix): CaseKind[] =>
  prng.shuffle([...Array<CaseKind>(mix.due).fill('due'), ...Array<CaseKind>(mix.rejected).fill('rejected'), ...Array<CaseKind>(mix.open).fill('open')]);

/** Writes one provider and the authorities (with an ADMIN user each) and their cases into the sink. */
export async function writeErasureDataset(sink: RowSink, options: { mixes: AuthorityMix[]; today: IsoDate; templateId: string; seed?: number }): Promise<ErasureAuthority[]> {
  const prng = createPrng(options.seed ?? 7);
  const providerId = prng.uuid();
  const staffId = prng.uuid();
  const authorities = options.mixes.map((mix) => ({ id: prng.uuid(), adminId: prng.uuid(), mix }));
  await sink.insert(TABLES.organization, [[providerId, 'Bench Bosted', 'PROVIDER', null, CREATED], ...authorities.map((a): Row => [a.id, a.mix.name, 'AUTHORITY', a.mix.code, CREATED])]);
  await sink.insert(TABLES.appUser, [
    [staffId, 'Bench Medarbejder', 'medarbejder@erasure.bench', 'PROVIDER_STAFF', providerId, CREATED],
    ...authorities.map((a): Row => [a.adminId, `Admin ${a.mix.name}`, `admin.${a.mix.code}@erasure.bench`, 'ADMIN', a.id, CREATED]),
  ]);
  await sink.flush();
  let serial = 0;
  for (const authority of authorities) {
    const rows = emptyRows();
    const ctx: Context = { prng, today: options.today, authority, providerId, staffId, templateId: options.templateId, rows };
    for (const kind of kindsOf(prng, authority.mix)) addCase(ctx, kind, serial++);
    await sink.insert(TABLES.citizen, rows.citizen);
    await sink.insert(TABLES.contract, rows.contract);
    await sink.insert(TABLES.goal, rows.goal);
    await sink.insert(TABLES.meeting, rows.meeting);
    await sink.insert(TABLES.statusNote, rows.statusNote);
    await sink.insert(TABLES.measurement, rows.measurement);
    await sink.insert(CONSENT, rows.consent);
    await sink.insert(FORM_RESPONSE, rows.formResponse);
    await sink.flush();
  }
  return authorities;
}
