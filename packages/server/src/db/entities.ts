import { auditEntities } from '../modules/audit/audit.entities.js';
import { authEntities } from '../modules/api-tokens/api-token.entities.js';
import { ChangeNotice } from '../modules/change-notices/change-notice.entity.js';
import { Citizen } from '../modules/citizens/citizen.entity.js';
import { Consent } from '../modules/consents/consent.entity.js';
import { ConsentShare } from '../modules/consents/consent-share.entity.js';
import { ContractVersion } from '../modules/contracts/contract-version.entity.js';
import { Contract } from '../modules/contracts/contract.entity.js';
import { FormResponse } from '../modules/forms/form-response.entity.js';
import { FormTemplate } from '../modules/forms/form-template.entity.js';
import { FollowUpMeeting } from '../modules/follow-ups/follow-up-meeting.entity.js';
import { InvitationReply } from '../modules/follow-ups/invitation-reply.entity.js';
import { Goal } from '../modules/goals/goal.entity.js';
import { Measurement } from '../modules/measurements/measurement.entity.js';
import { Order } from '../modules/orders/order.entity.js';
import { Organization } from '../modules/organizations/organization.entity.js';
import { GoalStatusReport } from '../modules/status-notes/goal-status.entity.js';
import { StatusNote } from '../modules/status-notes/status-note.entity.js';
import { SubGoal } from '../modules/sub-goals/sub-goal.entity.js';
import { User } from '../modules/users/user.entity.js';

export const entities = [
  Organization, User, Citizen, Order, Contract, ContractVersion, Goal, SubGoal, Measurement,
  FollowUpMeeting, InvitationReply, StatusNote, GoalStatusReport, ChangeNotice, Consent, ConsentShare,
  FormTemplate, FormResponse,
  ...auditEntities,
  ...authEntities,
];
