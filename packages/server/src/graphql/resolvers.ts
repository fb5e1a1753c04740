import type { NonEmptyArray } from 'type-graphql';
import { ApiTokenResolver } from '../modules/api-tokens/api-token.resolver.js';
import { CitizenResolver } from '../modules/citizens/citizen.resolver.js';
import { ContractResolver } from '../modules/contracts/contract.resolver.js';
import { GoalResolver } from '../modules/goals/goal.resolver.js';
import { MeasurementResolver } from '../modules/measurements/measurement.resolver.js';
import { SubGoalResolver } from '../modules/sub-goals/sub-goal.resolver.js';
import { NodeResolver } from '../modules/node/node.resolver.js';
import { LifeThemeResolver } from '../modules/life-themes/life-theme.resolver.js';
import { OrganizationResolver } from '../modules/organizations/organization.resolver.js';
import { UserResolver } from '../modules/users/user.resolver.js';
import { OrderResolver } from '../modules/orders/order.resolver.js';
import { OrderContractResolver } from '../modules/orders/order-contract.resolver.js';
import { ChangeNoticeResolver } from '../modules/change-notices/change-notice.resolver.js';
import { ChangeNoticeContractResolver } from '../modules/change-notices/change-notice-contract.resolver.js';
import { ConsentResolver } from '../modules/consents/consent.resolver.js';
import { FollowUpMeetingResolver } from '../modules/follow-ups/follow-up.resolver.js';
import { ContractFollowUpsResolver } from '../modules/follow-ups/contract-follow-ups.resolver.js';
import { InvitationReplyResolver } from '../modules/follow-ups/invitation-reply.resolver.js';
import { ContractStatusNotesResolver, GoalStatusReportResolver, StatusNoteResolver } from '../modules/status-notes/status-note.resolver.js';
import { DeadlineResolver } from '../modules/deadlines/deadline.resolver.js';
import { FormTemplateResolver } from '../modules/forms/form-template.resolver.js';
import { FormResponseResolver } from '../modules/forms/form-response.resolver.js';
import { ProgressionResolver } from '../modules/progression/progression.resolver.js';
import { TimelinessGroupResolver, TimelinessResolver } from '../modules/progression/timeliness/timeliness.resolver.js';
import { AuditLogResolver } from '../modules/audit/audit-log.resolver.js';
import { GdprResolver } from '../modules/audit/gdpr/gdpr.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  OrganizationResolver,
  UserResolver,
  CitizenResolver,
  ContractResolver,
  GoalResolver,
  SubGoalResolver,
  MeasurementResolver,
  LifeThemeResolver,
  NodeResolver,
  OrderResolver,
  OrderContractResolver,
  ChangeNoticeResolver,
  ChangeNoticeContractResolver,
  ConsentResolver,
  FollowUpMeetingResolver,
  ContractFollowUpsResolver,
  InvitationReplyResolver,
  StatusNoteResolver,
  GoalStatusReportResolver,
  ContractStatusNotesResolver,
  DeadlineResolver,
  FormTemplateResolver,
  FormResponseResolver,
  ProgressionResolver,
  TimelinessResolver,
  TimelinessGroupResolver,
  ApiTokenResolver,
  AuditLogResolver,
  GdprResolver,
];
