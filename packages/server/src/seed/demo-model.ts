import type { IsoDate } from '@treklang/schema';
import type { Role } from '../common/enums.js';
import type { ChangeNotice } from '../modules/change-notices/change-notice.entity.js';
import type { Citizen } from '../modules/citizens/citizen.entity.js';
import type { ConsentShare } from '../modules/consents/consent-share.entity.js';
import type { Consent } from '../modules/consents/consent.entity.js';
import type { Contract } from '../modules/contracts/contract.entity.js';
import type { FollowUpMeeting } from '../modules/follow-ups/follow-up-meeting.entity.js';
import type { Goal } from '../modules/goals/goal.entity.js';
import type { Measurement } from '../modules/measurements/measurement.entity.js';
import type { Order } from '../modules/orders/order.entity.js';
import type { Organization } from '../modules/organizations/organization.entity.js';
import type { GoalStatusReport } from '../modules/status-notes/goal-status.entity.js';
import type { StatusNote } from '../modules/status-notes/status-note.entity.js';
import type { SubGoal } from '../modules/sub-goals/sub-goal.entity.js';
import type { User } from '../modules/users/user.entity.js';
import type { DemoOrganizationKey } from './demo-organizations.js';
import type { Prng } from './prng.js';

/** A contract document version to create (through createContractVersion) once the rows exist. */
export interface DemoVersion {
  contractId: string;
  number: number;
  reason: string;
  createdAt: string;
  sentToCitizenAt: string | null;
}

/** Every row of the demo data, as entity objects ready to insert, in an order the foreign keys accept. */
export interface DemoData {
  today: IsoDate;
  organizations: Organization[];
  users: User[];
  citizens: Citizen[];
  consents: Consent[];
  /** What each consent lets the authority share, and with which provider. */
  consentShares: ConsentShare[];
  orders: Order[];
  contracts: Contract[];
  goals: Goal[];
  subGoals: SubGoal[];
  meetings: FollowUpMeeting[];
  statusNotes: StatusNote[];
  goalStatuses: GoalStatusReport[];
  measurements: Measurement[];
  changeNotices: ChangeNotice[];
  versions: DemoVersion[];
}

/** What the generators share while they build the data. */
export interface DemoContext {
  rng: Prng;
  today: IsoDate;
  data: DemoData;
  organization(key: DemoOrganizationKey): Organization;
  /** The demo user with this role at the organisation (the first, if several). */
  user(key: DemoOrganizationKey, role: Role): User;
}
