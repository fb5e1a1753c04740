import type { ClassType } from 'type-graphql';
import type { ObjectLiteral } from 'typeorm';
import type { Context } from '../../graphql/context.js';
import { ApiToken } from '../api-tokens/api-token.entity.js';
import { isTokenAdmin } from '../api-tokens/api-token.service.js';
import { ChangeNotice } from '../change-notices/change-notice.entity.js';
import { Citizen } from '../citizens/citizen.entity.js';
import { findVisibleCitizen } from '../citizens/citizen.scope.js';
import { Consent } from '../consents/consent.entity.js';
import { ContractVersion } from '../contracts/contract-version.entity.js';
import { Contract } from '../contracts/contract.entity.js';
import { visibleContracts } from '../contracts/contract.scope.js';
import { FollowUpMeeting } from '../follow-ups/follow-up-meeting.entity.js';
import { InvitationReply } from '../follow-ups/invitation-reply.entity.js';
import { FormResponse } from '../forms/form-response.entity.js';
import { findVisibleSubject } from '../forms/form-subject.js';
import { FormTemplate } from '../forms/form-template.entity.js';
import { templateVisible } from '../forms/form-template.scope.js';
import { Goal } from '../goals/goal.entity.js';
import { Measurement } from '../measurements/measurement.entity.js';
import { Order } from '../orders/order.entity.js';
import { visibleOrders } from '../orders/order.scope.js';
import { Organization } from '../organizations/organization.entity.js';
import { GoalStatusReport } from '../status-notes/goal-status.entity.js';
import { StatusNote } from '../status-notes/status-note.entity.js';
import { SubGoal } from '../sub-goals/sub-goal.entity.js';
import { User } from '../users/user.entity.js';

type Row = ObjectLiteral & { rowId: string; id: string };

/** How `Query.node` finds one type of object and decides whether the viewer may see it. */
export interface NodeType<T extends Row = Row> {
  entity: ClassType<T>;
  visible(ctx: Context, row: T): Promise<boolean>;
}

function nodeType<T extends Row>(entity: ClassType<T>, visible: (ctx: Context, row: T) => boolean | Promise<boolean>): NodeType {
  return { entity, visible: async (ctx, row) => visible(ctx, row as T) } as NodeType;
}

// Related rows go through the request's DataLoaders, so asking for many nodes at once stays batched.
async function contractVisible(ctx: Context, contractId: string): Promise<boolean> {
  const contract = await ctx.loaders.byId(Contract).load(contractId);
  return contract !== null && visibleContracts(ctx.viewer)(contract);
}

async function goalVisible(ctx: Context, goalId: string): Promise<boolean> {
  const goal = await ctx.loaders.byId(Goal).load(goalId);
  return goal !== null && contractVisible(ctx, goal.contractId);
}

async function statusNoteVisible(ctx: Context, statusNoteId: string): Promise<boolean> {
  const note = await ctx.loaders.byId(StatusNote).load(statusNoteId);
  return note !== null && contractVisible(ctx, note.contractId);
}

async function citizenVisible(ctx: Context, citizenId: string): Promise<boolean> {
  return (await findVisibleCitizen(ctx.db, ctx.viewer, citizenId)) !== null;
}

/**
 * Every type implementing `Node`, by the type name inside its global ID. A test checks that each type
 * implementing Node in the served schema is here, so a new entity cannot be forgotten.
 */
export const NODE_TYPES: Readonly<Record<string, NodeType>> = {
  // Organisation names are public to every signed-in user (as in `organizations`).
  Organization: nodeType(Organization, () => true),
  User: nodeType(User, (ctx, user) => user.organizationId === ctx.viewer.organization.rowId),
  Citizen: nodeType(Citizen, (ctx, citizen) => citizenVisible(ctx, citizen.rowId)),
  Consent: nodeType(Consent, (ctx, consent) => citizenVisible(ctx, consent.citizenId)),
  Order: nodeType(Order, (ctx, order) => visibleOrders(ctx.viewer)(order)),
  Contract: nodeType(Contract, (ctx, contract) => visibleContracts(ctx.viewer)(contract)),
  ContractVersion: nodeType(ContractVersion, (ctx, version) => contractVisible(ctx, version.contractId)),
  Goal: nodeType(Goal, (ctx, goal) => contractVisible(ctx, goal.contractId)),
  SubGoal: nodeType(SubGoal, (ctx, subGoal) => goalVisible(ctx, subGoal.goalId)),
  Measurement: nodeType(Measurement, (ctx, measurement) => goalVisible(ctx, measurement.goalId)),
  FollowUpMeeting: nodeType(FollowUpMeeting, (ctx, meeting) => contractVisible(ctx, meeting.contractId)),
  InvitationReply: nodeType(InvitationReply, async (ctx, reply) => {
    const meeting = await ctx.loaders.byId(FollowUpMeeting).load(reply.meetingId);
    return meeting !== null && contractVisible(ctx, meeting.contractId);
  }),
  StatusNote: nodeType(StatusNote, (ctx, note) => contractVisible(ctx, note.contractId)),
  GoalStatusReport: nodeType(GoalStatusReport, (ctx, report) => statusNoteVisible(ctx, report.statusNoteId)),
  ChangeNotice: nodeType(ChangeNotice, (ctx, notice) => contractVisible(ctx, notice.contractId)),
  FormTemplate: nodeType(FormTemplate, (ctx, template) => templateVisible(ctx.db, ctx.viewer, template)),
  // A form response is visible to whoever may see its subject (citizen, contract or meeting).
  FormResponse: nodeType(FormResponse, async (ctx, response) => (await findVisibleSubject(ctx.db, ctx.viewer, response.subjectType, response.subjectRowId)) !== null),
  ApiToken: nodeType(ApiToken, (ctx, token) => isTokenAdmin(ctx.viewer) && token.organizationId === ctx.viewer.organization.rowId),
};

export function nodeTypeOf(typeName: string): NodeType | null {
  return Object.hasOwn(NODE_TYPES, typeName) ? NODE_TYPES[typeName] : null;
}
