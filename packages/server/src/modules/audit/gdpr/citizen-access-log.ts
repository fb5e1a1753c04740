import { CITIZEN_ACCESS_ACTION_NAMES, danishParts, danishToday, roleName, toCsv } from '@treklang/schema';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { In, type DataSource } from 'typeorm';
import { ConnectionType } from '../../../graphql/connection.js';
import { DateTimeScalar } from '../../../graphql/scalars.js';
import { Organization } from '../../organizations/organization.entity.js';
import type { AuditEntryRow } from '../audit.entities.js';
import type { AuditDetail } from '../audit-draft.js';
import type { DataExport } from './citizen-export.service.js';

/*
 * A citizen's access log (GDPR art. 15; Datatilsynet June 2024): when, which organisation and role, what was done
 * (read, write, search, refused, erased), which operation, with which purpose and search criteria. Other
 * citizens' ids that a shared entry (a search result page) holds are never shown.
 */

export const CitizenAccessAction = { READ: 'READ', WRITE: 'WRITE', SEARCH: 'SEARCH', REFUSED: 'REFUSED', ERASURE: 'ERASURE' } as const;
export type CitizenAccessAction = keyof typeof CitizenAccessAction;
registerEnumType(CitizenAccessAction, {
  name: 'CitizenAccessAction',
  description: "What an access to a citizen's data did.",
  valuesConfig: {
    READ: { description: 'Data were read (læst).' },
    WRITE: { description: 'Data were created or changed (skrevet).' },
    SEARCH: { description: 'The citizen appeared in a search (søgning); the criterion is given.' },
    REFUSED: { description: 'An access was refused (afvist).' },
    ERASURE: { description: 'The data were anonymised (slettet).' },
  },
});

export const ExportFormat = { JSON: 'JSON', CSV: 'CSV' } as const;
export type ExportFormat = keyof typeof ExportFormat;
registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'JSON or CSV (comma-separated, UTF-8, CRLF).' });

@ObjectType('CitizenAccessLogEntry', { description: "One access to a citizen's personal data." })
export class CitizenAccessLogEntry {
  @Field(() => DateTimeScalar, { description: 'When.' })
  occurredAt!: string;

  @Field(() => CitizenAccessAction, { description: 'What was done.' })
  action!: CitizenAccessAction;

  @Field(() => String, { nullable: true, description: 'Name of the organisation whose user acted.' })
  organizationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Role of the user who acted.' })
  userRole!: string | null;

  @Field(() => String, { nullable: true, description: 'The operation, e.g. CitizenPage or contract.' })
  operation!: string | null;

  @Field(() => String, { nullable: true, description: 'The purpose of the access.' })
  purpose!: string | null;

  @Field(() => [String], { description: 'Search criteria used, when the citizen was found by a search.' })
  searches!: string[];

  @Field(() => [String], { description: 'Kinds of data touched, e.g. Citizen, Contract, Goal.' })
  dataKinds!: string[];
}

export const CitizenAccessLogEntryConnection = ConnectionType(CitizenAccessLogEntry, 'CitizenAccessLogEntry');

function actionOf(row: AuditEntryRow, detail: AuditDetail): CitizenAccessAction {
  if (row.kind === 'ERASURE') return 'ERASURE';
  if (row.outcome === 'REFUSED' || row.outcome === 'UNAUTHENTICATED') return 'REFUSED';
  if (detail.written?.length) return 'WRITE';
  if (detail.searches?.length) return 'SEARCH';
  return 'READ';
}

export async function toCitizenAccessLog(db: DataSource, rows: AuditEntryRow[]): Promise<CitizenAccessLogEntry[]> {
  const organizationIds = [...new Set(rows.map((row) => row.organizationId).filter((id): id is string => Boolean(id)))];
  const organizations = organizationIds.length ? await db.getRepository(Organization).findBy({ rowId: In(organizationIds) }) : [];
  const names = new Map(organizations.map((o) => [o.rowId, o.name]));
  return rows.map((row) => {
    const detail = JSON.parse(row.detail) as AuditDetail;
    const kinds = new Set([...(detail.read ?? []), ...(detail.written ?? [])].map((o) => o.type));
    const rootFields = JSON.parse(row.rootFields) as string[];
    return {
      occurredAt: row.occurredAt,
      action: actionOf(row, detail),
      organizationName: row.organizationId ? (names.get(row.organizationId) ?? null) : null,
      userRole: row.userRole,
      operation: row.operationName ?? (rootFields.length ? rootFields.join(', ') : row.kind === 'ERASURE' ? 'eraseCitizen' : null),
      purpose: row.purpose,
      searches: detail.searches ?? [],
      dataKinds: [...kinds].sort(),
    };
  });
}

export function accessLogExport(citizenRowId: string, entries: CitizenAccessLogEntry[], format: ExportFormat): DataExport {
  const date = danishToday();
  if (format === 'JSON') {
    return {
      fileName: `adgangslog-${citizenRowId}-${date}.json`,
      contentType: 'application/json; charset=utf-8',
      content: JSON.stringify({ format: 'treklang-citizen-access-log', formatVersion: 1, citizenId: citizenRowId, entries }, null, 2),
    };
  }
  // As the web app's CSV files: what Danish spreadsheets open (semicolons, byte-order mark), times in Danish time,
  // actions and roles in the words the web app shows (the file is for the citizen; JSON keeps the codes).
  const header = ['tidspunkt (dansk tid)', 'handling', 'organisation', 'rolle', 'operation', 'formål', 'søgekriterier', 'datatyper'];
  const rows = entries.map((e) => {
    const { date: day, time } = danishParts(e.occurredAt);
    return [`${day} ${time}`, CITIZEN_ACCESS_ACTION_NAMES.da[e.action], e.organizationName, e.userRole && roleName(e.userRole, 'da'), e.operation, e.purpose, e.searches.join(' | '), e.dataKinds.join(' ')];
  });
  return { fileName: `adgangslog-${citizenRowId}-${date}.csv`, contentType: 'text/csv; charset=utf-8', content: toCsv(header, rows) };
}
