import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { authenticate } from '../../auth/authenticate.js';
import type { Viewer } from '../../auth/viewer.js';
import { verifyDemoToken } from '../../auth/tokens.js';
import { paginate } from '../../graphql/connection.js';
import { Loaders } from '../../graphql/loaders.js';
import { visibleContractsQuery } from '../../modules/contracts/contract.scope.js';
import { Goal } from '../../modules/goals/goal.entity.js';
import type { Engine } from '../../db/data-source.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { nowInstant } from '../../db/columns.js';
import type { AuditDraft } from '../../modules/audit/audit-draft.js';
import { PURPOSE_HEADER, purposeOf } from '../../modules/audit/audit-purpose.js';
import { writeAudit } from '../../modules/audit/audit-writer.js';

/*
 * The GraphQL-overhead benchmark's reference: a bare node:http handler answering the same read as
 * `{ contracts(first: N) { edges { node { goals { id title goalType deadline } } } } }` with the same SQL
 * statements the GraphQL request makes (bare-handler.test.ts compares the two query logs), through the same DataSource and
 * driver, after the same authentication (a token seen in the last 30 s is taken from a per-process cache, as
 * auth/authenticate-cache.ts does; otherwise verified and the user and organisation loaded), with the same JSON
 * body and the same audit entry (the 25 contracts and 50 goals read, their citizens) appended through the same
 * audit writer. It has no GraphQL, Express or Apollo in it: the difference is their cost.
 */

const USER_COLUMNS = `"User"."id" AS "User_id", "User"."name" AS "User_name", "User"."email" AS "User_email", "User"."role" AS "User_role", "User"."organization_id" AS "User_organization_id", "User"."created_at" AS "User_created_at"`;
const ORG_COLUMNS = `"Organization"."id" AS "Organization_id", "Organization"."name" AS "Organization_name", "Organization"."kind" AS "Organization_kind", "Organization"."municipality_code" AS "Organization_municipality_code", "Organization"."created_at" AS "Organization_created_at"`;
const CONTRACT_COLUMNS = [
  'id', 'version', 'document_version', 'order_id', 'citizen_id', 'authority_id', 'provider_id', 'service_type', 'status', 'start_date',
  'assessment_tool', 'life_theme_keys', 'purpose', 'goal_rationale', 'reporting_forms', 'participants', 'next_follow_up_date', 'price_amount',
  'price_unit', 'notice_period_days', 'discharge_criteria', 'signatures', 'to_be_sent_to_citizen', 'end_date', 'termination_reason', 'created_at',
].map((c) => `"contract"."${c}" AS "contract_${c}"`).join(', ');
const GOAL_COLUMNS = [
  'id', 'version', 'contract_id', 'life_theme_key', 'goal_type', 'title', 'measurable_criterion', 'deadline', 'priority', 'status', 'outcome_comment', 'created_at',
].map((c) => `"e"."${c}" AS "e_${c}"`).join(', ');

const AUTHORITY_CASE_ROLES = new Set(['CASEWORKER', 'ADMIN', 'INTEGRATOR']);

interface CachedViewer {
  userId: string;
  role: string;
  organizationId: string;
  organizationKind: string;
  expiresAtMs: number;
}

const VIEWER_TTL_MS = 30_000;

/** The audit entry of a read of `contracts` and their `goals`, as the audit plugin writes it for the GraphQL request. */
export function readAuditDraft(
  viewer: { userId: string; role: string; organizationId: string },
  read: { contracts: { id: string; citizenId: string }[]; goalIds: string[] },
  request: IncomingMessage,
  rootFields: string[],
): AuditDraft {
  return {
    occurredAt: nowInstant(),
    kind: 'ACCESS',
    outcome: 'OK',
    userId: viewer.userId,
    userRole: viewer.role,
    organizationId: viewer.organizationId,
    operationType: 'query',
    operationName: null,
    rootFields,
    purpose: purposeOf(request.headers[PURPOSE_HEADER], viewer.role),
    ip: request.socket.remoteAddress ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    requestId: randomUUID(),
    read: [...read.contracts.map((c) => ({ type: 'Contract', id: c.id })), ...read.goalIds.map((id) => ({ type: 'Goal', id }))],
    written: [],
    errorCodes: [],
    citizenIds: [...new Set(read.contracts.map((c) => c.citizenId))],
  };
}

interface GoalRow {
  e_id: string;
  e_contract_id: string;
  e_title: string;
  e_goal_type: string;
  e_deadline: string;
}

export interface BareHandlerOptions {
  db: DataSource;
  engine: Engine;
  signingKey: Uint8Array;
  pageSize: number;
}

/** Answers GET /goals like the GraphQL query above; 401 without a valid token, 404 elsewhere. */
export function createBareServer(options: BareHandlerOptions): Server {
  const { db, signingKey, pageSize } = options;
  const p = (n: number) => (options.engine === 'postgres' ? `$${n}` : '?');
  const userSql = `SELECT ${USER_COLUMNS} FROM "app_user" "User" WHERE (("User"."id" = ${p(1)})) LIMIT 1`;
  const orgSql = `SELECT ${ORG_COLUMNS} FROM "organization" "Organization" WHERE (("Organization"."id" = ${p(1)})) LIMIT 1`;
  const pageSql = `SELECT ${CONTRACT_COLUMNS} FROM "contract" "contract" WHERE "contract"."authority_id" = ${p(1)} ORDER BY "contract"."created_at" ASC, "contract"."id" ASC LIMIT ${pageSize + 1}`;
  const goalsSql = (count: number) =>
    `SELECT ${GOAL_COLUMNS} FROM "goal" "e" WHERE "e"."contract_id" IN (${Array.from({ length: count }, (_, i) => p(i + 1)).join(', ')}) ORDER BY "e"."priority" ASC, "e"."created_at" ASC, "e"."id" ASC`;

  const viewers = new Map<string, CachedViewer>();
  async function viewerOf(authorization: string | undefined): Promise<CachedViewer | null> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return null;
    const key = createHash('sha256').update(match[1]).digest('base64url');
    const cached = viewers.get(key);
    if (cached && cached.expiresAtMs > Date.now()) return cached;
    const userId = await verifyDemoToken(match[1], signingKey);
    if (!userId) return null;
    const [user] = (await db.query(userSql, [userId])) as { User_role: string; User_organization_id: string }[];
    if (!user) return null;
    const [organization] = (await db.query(orgSql, [user.User_organization_id])) as { Organization_id: string; Organization_kind: string }[];
    const viewer = { userId, role: user.User_role, organizationId: organization.Organization_id, organizationKind: organization.Organization_kind, expiresAtMs: Date.now() + VIEWER_TTL_MS };
    viewers.set(key, viewer);
    return viewer;
  }

  async function answer(request: IncomingMessage): Promise<[number, string]> {
    const viewer = await viewerOf(request.headers.authorization);
    if (!viewer) return [401, '{"error":"unauthenticated"}'];
    if (viewer.organizationKind !== 'AUTHORITY' || !AUTHORITY_CASE_ROLES.has(viewer.role)) return [200, '{"data":{"contracts":{"edges":[]}}}'];
    const contracts = ((await db.query(pageSql, [viewer.organizationId])) as { contract_id: string; contract_citizen_id: string }[]).slice(0, pageSize);
    const ids = contracts.map((c) => c.contract_id);
    const goals = ids.length ? ((await db.query(goalsSql(ids.length), ids)) as GoalRow[]) : [];
    const byContract = new Map<string, { id: string; title: string; goalType: string; deadline: string }[]>(ids.map((id) => [id, []]));
    for (const g of goals) byContract.get(g.e_contract_id)?.push({ id: toGlobalId('Goal', g.e_id), title: g.e_title, goalType: g.e_goal_type, deadline: g.e_deadline });
    const read = { contracts: contracts.map((c) => ({ id: c.contract_id, citizenId: c.contract_citizen_id })), goalIds: goals.map((g) => g.e_id) };
    await writeAudit(db, [readAuditDraft(viewer, read, request, ['contracts'])]);
    return [200, JSON.stringify({ data: { contracts: { edges: ids.map((id) => ({ node: { goals: byContract.get(id) } })) } } })];
  }

  return serve(answer);
}

/**
 * The same read through the same ORM calls the resolvers make (authenticate, visibleContractsQuery + paginate, the
 * goals DataLoader: TypeORM query builders and entities, the same SQL), with no GraphQL, Express or Apollo: the
 * difference between this one and the GraphQL request is the cost of the GraphQL layer alone.
 */
export function createOrmServer(options: BareHandlerOptions): Server {
  const { db, signingKey, pageSize } = options;
  async function answer(request: IncomingMessage): Promise<[number, string]> {
    let viewer: Viewer;
    try {
      viewer = await authenticate(db, request.headers.authorization, signingKey);
    } catch {
      return [401, '{"error":"unauthenticated"}'];
    }
    const page = await paginate(visibleContractsQuery(db, viewer), 'contract', { first: pageSize });
    const goals = new Loaders(db).manyBy(Goal, 'contractId', 'priority');
    const goalIds: string[] = [];
    const edges = await Promise.all(
      page.edges.map(async (edge) => {
        const rows = await goals.load(edge.node.rowId);
        goalIds.push(...rows.map((g) => g.rowId));
        return { node: { goals: rows.map((g) => ({ id: g.id, title: g.title, goalType: g.goalType, deadline: g.deadline })) } };
      }),
    );
    const read = { contracts: page.edges.map((e) => ({ id: e.node.rowId, citizenId: e.node.citizenId })), goalIds };
    const who = { userId: viewer.user.rowId, role: viewer.user.role, organizationId: viewer.organization.rowId };
    await writeAudit(db, [readAuditDraft(who, read, request, ['contracts'])]);
    return [200, JSON.stringify({ data: { contracts: { edges } } })];
  }
  return serve(answer);
}

function serve(answer: (request: IncomingMessage) => Promise<[number, string]>): Server {
  return createServer((req, res) => {
    if (req.url === '/cpu') {
      // The process's CPU time so far: the benchmark divides its growth over a round by the round's requests.
      const { user, system } = process.cpuUsage();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ micros: user + system }));
      return;
    }
    if (req.url !== '/goals') {
      res.writeHead(404).end();
      return;
    }
    answer(req).then(
      ([status, body]) => {
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      },
      () => {
        res.writeHead(500).end();
      },
    );
  });
}
