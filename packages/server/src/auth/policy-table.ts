import type { InfoKind, OperationPolicy, RoleScopes, TypePolicy } from './policy-types.js';
import { API_SCOPES } from './scopes.js';

/*
 * THE policy table: for every role, every Query and Mutation field and every type with personal data, what is
 * allowed and in which organisation scope. One mechanism enforces it (field-guard.ts: applied to the schema when it
 * is built, so every resolver, `node`/`nodes` and the tuned execution path included, goes through it), and
 * policy-table.test.ts fails when a field of the schema has no entry here.
 */

const roles = (scopes: Partial<RoleScopes>): RoleScopes => ({
  CASEWORKER: 'NONE',
  PROVIDER_STAFF: 'NONE',
  PROVIDER_MANAGER: 'NONE',
  MANAGER: 'NONE',
  ADMIN: 'NONE',
  INTEGRATOR: 'NONE',
  ...scopes,
});

const everyone = roles({ CASEWORKER: 'ANY', PROVIDER_STAFF: 'ANY', PROVIDER_MANAGER: 'ANY', MANAGER: 'ANY', ADMIN: 'ANY', INTEGRATOR: 'ANY' });
const aggregates = roles({
  CASEWORKER: 'AGGREGATES_ONLY', PROVIDER_STAFF: 'AGGREGATES_ONLY', PROVIDER_MANAGER: 'AGGREGATES_ONLY', MANAGER: 'AGGREGATES_ONLY', ADMIN: 'AGGREGATES_ONLY', INTEGRATOR: 'AGGREGATES_ONLY',
});
/** The business record of contracts and orders: the authority's side, and the provider they are placed with. */
const caseParties = roles({ CASEWORKER: 'OWN_AUTHORITY', PROVIDER_STAFF: 'OWN_PROVIDER', PROVIDER_MANAGER: 'OWN_PROVIDER', ADMIN: 'OWN_CASES', INTEGRATOR: 'OWN_CASES' });
/** Personal data: the authority's side, and a provider only through an active contract and a consent. */
const personal = roles({
  CASEWORKER: 'OWN_AUTHORITY', PROVIDER_STAFF: 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT', PROVIDER_MANAGER: 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT', ADMIN: 'OWN_CASES', INTEGRATOR: 'OWN_CASES',
});
const caseworkers = roles({ CASEWORKER: 'OWN_AUTHORITY' });
const authoritySide = roles({ CASEWORKER: 'OWN_AUTHORITY', ADMIN: 'OWN_AUTHORITY' });
const providerStaff = roles({ PROVIDER_STAFF: 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT', PROVIDER_MANAGER: 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT' });
const bothSides = roles({ CASEWORKER: 'OWN_AUTHORITY', ADMIN: 'OWN_AUTHORITY', PROVIDER_STAFF: 'OWN_PROVIDER', PROVIDER_MANAGER: 'OWN_PROVIDER' });
const admins = roles({ ADMIN: 'OWN_ORGANIZATION' });
const authorityAdmins = roles({ ADMIN: 'OWN_AUTHORITY' });

const W = API_SCOPES;

export const QUERY_POLICIES: Readonly<Record<string, OperationPolicy>> = {
  viewer: { roles: everyone },
  node: { roles: everyone },
  nodes: { roles: everyone },
  lifeThemes: { roles: everyone },
  organizations: { roles: everyone },
  formTemplates: { roles: everyone, apiScope: W.READ_FORMS },
  formTemplate: { roles: everyone, apiScope: W.READ_FORMS },
  citizens: { roles: personal, apiScope: W.READ_CITIZENS, search: 'search', refusal: 'EMPTY' },
  citizen: { roles: personal, apiScope: W.READ_CITIZENS, refusal: 'EMPTY' },
  contracts: { roles: caseParties, apiScope: W.READ_CONTRACTS, refusal: 'EMPTY' },
  contract: { roles: caseParties, apiScope: W.READ_CONTRACTS, refusal: 'EMPTY' },
  orders: { roles: caseParties, apiScope: W.READ_CONTRACTS, refusal: 'EMPTY' },
  order: { roles: caseParties, apiScope: W.READ_CONTRACTS, refusal: 'EMPTY' },
  deadlines: { roles: caseParties, apiScope: W.READ_CONTRACTS, refusal: 'EMPTY' },
  formResponses: { roles: personal, apiScope: W.READ_FORMS, refusal: 'EMPTY' },
  formResponse: { roles: personal, apiScope: W.READ_FORMS, refusal: 'EMPTY' },
  progression: { roles: aggregates, apiScope: W.READ_PROGRESSION },
  timeliness: { roles: aggregates, apiScope: W.READ_PROGRESSION },
  auditLog: { roles: admins, apiScope: null, refusal: 'ERROR' },
  citizenAccessLog: { roles: authoritySide, apiScope: null, refusal: 'ERROR' },
  citizenAccessLogExport: { roles: authoritySide, apiScope: null, refusal: 'ERROR' },
  exportCitizenData: { roles: authoritySide, apiScope: null, refusal: 'ERROR' },
  citizenErasure: { roles: authorityAdmins, apiScope: null, refusal: 'ERROR' },
  citizensDueForErasure: { roles: authorityAdmins, apiScope: null, refusal: 'ERROR' },
  apiTokens: { roles: admins, apiScope: null, refusal: 'ERROR' },
  userAccounts: { roles: admins, apiScope: null, refusal: 'ERROR' },
};

export const MUTATION_POLICIES: Readonly<Record<string, OperationPolicy>> = {
  createOrganization: { roles: roles({ ADMIN: 'ANY' }), apiScope: null },
  createUser: { roles: admins, apiScope: null },
  unlockUser: { roles: admins, apiScope: null },
  createApiToken: { roles: admins, apiScope: null },
  revokeApiToken: { roles: admins, apiScope: null },
  eraseCitizen: { roles: authorityAdmins, apiScope: null },
  createCitizen: { roles: authoritySide, apiScope: W.WRITE_CITIZENS },
  updateCitizen: { roles: authoritySide, apiScope: W.WRITE_CITIZENS },
  grantConsent: { roles: caseworkers, apiScope: W.WRITE_CONSENTS },
  revokeConsent: { roles: caseworkers, apiScope: W.WRITE_CONSENTS },
  sendOrder: { roles: caseworkers, apiScope: W.WRITE_CONTRACTS },
  updateOrder: { roles: caseworkers, apiScope: W.WRITE_CONTRACTS },
  decideOrder: { roles: roles({ PROVIDER_MANAGER: 'OWN_PROVIDER' }), apiScope: W.WRITE_CONTRACTS },
  createContract: { roles: authoritySide, apiScope: W.WRITE_CONTRACTS },
  updateContract: { roles: authoritySide, apiScope: W.WRITE_CONTRACTS },
  markContractSentToCitizen: { roles: authoritySide, apiScope: W.WRITE_CONTRACTS },
  signContract: { roles: bothSides, apiScope: W.WRITE_CONTRACTS },
  terminateContract: { roles: bothSides, apiScope: W.WRITE_CONTRACTS },
  addGoal: { roles: authoritySide, apiScope: W.WRITE_CONTRACTS },
  updateGoal: { roles: authoritySide, apiScope: W.WRITE_CONTRACTS },
  proposeSubGoal: { roles: providerStaff, apiScope: W.WRITE_CONTRACTS },
  updateSubGoal: { roles: providerStaff, apiScope: W.WRITE_CONTRACTS },
  decideSubGoal: { roles: authoritySide, apiScope: W.WRITE_CONTRACTS },
  recordMeasurement: { roles: roles({ CASEWORKER: 'OWN_AUTHORITY', PROVIDER_STAFF: 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT', PROVIDER_MANAGER: 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT' }), apiScope: W.WRITE_MEASUREMENTS },
  scheduleFollowUp: { roles: authoritySide, apiScope: W.WRITE_CONTRACTS },
  completeFollowUp: { roles: authoritySide, apiScope: W.WRITE_CONTRACTS },
  // The contract's two parties record what the invited answered; the service checks it is their own contract.
  recordInvitationReply: { roles: roles({ CASEWORKER: 'OWN_AUTHORITY', PROVIDER_STAFF: 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT', PROVIDER_MANAGER: 'OWN_PROVIDER_WITH_ACTIVE_CONTRACT' }), apiScope: W.WRITE_CONTRACTS },
  submitStatusNote: { roles: providerStaff, apiScope: W.WRITE_CONTRACTS },
  updateStatusNote: { roles: providerStaff, apiScope: W.WRITE_CONTRACTS },
  reportChange: { roles: providerStaff, apiScope: W.WRITE_CONTRACTS },
  acknowledgeChangeNotice: { roles: caseworkers, apiScope: W.WRITE_CONTRACTS },
  saveFormResponse: { roles: personal, apiScope: W.WRITE_FORMS },
  submitFormResponse: { roles: personal, apiScope: W.WRITE_FORMS },
  publishFormTemplate: { roles: authoritySide, apiScope: W.WRITE_FORMS },
};

/** Every field of a type set to one kind. */
const all = (kind: InfoKind, names: string): Record<string, InfoKind> => Object.fromEntries(names.trim().split(/\s+/).map((name) => [name, kind]));

export const TYPE_POLICIES: Readonly<Record<string, TypePolicy>> = {
  Citizen: {
    roles: personal, apiScope: W.READ_CITIZENS, anchor: 'CITIZEN', object: 'IDENTITY',
    fields: { ...all('IDENTITY', 'id version name cpr cprMasked birthDate address phone guardian supportPerson'), ...all('CASE', 'contracts consents') },
  },
  Consent: {
    roles: personal, apiScope: W.READ_CONSENTS, anchor: 'CITIZEN', object: 'CASE',
    fields: { ...all('CASE', 'id parties scope excluded givenAt revokedAt active organizations categories'), citizen: 'IDENTITY' },
  },
  Order: {
    roles: caseParties, apiScope: W.READ_CONTRACTS, anchor: 'ORDER', object: 'CASE',
    fields: { ...all('CASE', 'id version authority provider services status sentAt decideBy decidedAt declineReason overdue'), ...all('GOALS', 'assessment goals'), citizen: 'IDENTITY' },
  },
  Contract: {
    roles: caseParties, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'CASE',
    fields: {
      ...all('CASE', `id version documentVersion order authority provider serviceType status startDate assessmentTool reportingForms nextFollowUpDate
        price noticePeriodDays signatures toBeSentToCitizen endDate subGoalsDueBy suggestedFollowUps followUpMeetings`),
      ...all('GOALS', 'lifeThemes purpose goals goalRationale participants dischargeCriteria terminationReason versions'),
      ...all('PROGRESS', 'statusNotes changeNotices'),
      citizen: 'IDENTITY',
    },
  },
  ContractVersion: { roles: personal, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'GOALS', fields: all('GOALS', 'id number reason createdAt sentToCitizenAt snapshot') },
  Goal: {
    roles: personal, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'GOALS',
    fields: {
      ...all('GOALS', 'id version lifeTheme goalType title measurableCriterion deadline priority status smart outcomeComment subGoals'),
      ...all('PROGRESS', 'measurements baseline latest change'),
      contract: 'CASE',
    },
  },
  SubGoal: { roles: personal, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'GOALS', fields: all('GOALS', 'id version goal title method status approval proposedAt decidedAt decisionComment') },
  Measurement: { roles: personal, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'PROGRESS', fields: { ...all('PROGRESS', 'id scale value measuredAt kind comment'), goal: 'GOALS' } },
  FollowUpMeeting: {
    roles: caseParties, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'CASE',
    fields: {
      ...all('CASE', 'id version contract kind scheduledAt planningStartBy statusDueBy heldAt nextMeetingAt location'),
      ...all('PROGRESS', 'agenda participants minutes decision statusNote invitationReplies'),
    },
  },
  InvitationReply: {
    roles: personal, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'PROGRESS',
    fields: { ...all('PROGRESS', 'id version participantIndex participant reply answeredBy answeredOn comment recordedAt recordedByOrganization'), meeting: 'CASE' },
  },
  StatusNote: {
    roles: personal, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'PROGRESS',
    fields: {
      ...all('PROGRESS', 'id version submittedAt dueBy onTime reviewedWithCitizen notReviewedReason providerAssessment goalStatuses themeChanges remarks recommendation'),
      ...all('CASE', 'contract meeting'),
    },
  },
  GoalStatusReport: { roles: personal, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'PROGRESS', fields: { ...all('PROGRESS', 'id attainment how citizenView professionalView scale score'), goal: 'GOALS' } },
  ChangeNotice: {
    roles: personal, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'PROGRESS',
    fields: { ...all('PROGRESS', 'id description consequences documentation createdAt acknowledgedAt'), contract: 'CASE' },
  },
  FormResponse: {
    roles: personal, apiScope: W.READ_FORMS, anchor: 'CONTRACT', object: 'FORMS',
    fields: {
      ...all('FORMS', 'id version answers status issues derived createdAt updatedAt submittedAt subjectId subjectType'),
      ...all('CASE', 'template subject writtenObject contract statusNote changeNotice'),
    },
  },
  Deadline: {
    roles: caseParties, apiScope: W.READ_CONTRACTS, anchor: 'CONTRACT', object: 'CASE',
    fields: { ...all('CASE', 'kind dueDate overdue contract meeting order'), ...all('GOALS', 'description goal') },
  },
  User: {
    roles: roles({ CASEWORKER: 'OWN_ORGANIZATION', PROVIDER_STAFF: 'OWN_ORGANIZATION', PROVIDER_MANAGER: 'OWN_ORGANIZATION', MANAGER: 'OWN_ORGANIZATION', ADMIN: 'OWN_ORGANIZATION', INTEGRATOR: 'OWN_ORGANIZATION' }),
    anchor: 'ORGANIZATION', object: 'CASE', fields: all('CASE', 'id name email role organization'),
  },
  ApiToken: {
    roles: admins, apiScope: null, anchor: 'ORGANIZATION', object: 'CASE',
    fields: all('CASE', 'id name scopes createdAt expiresAt revokedAt lastUsedAt active account createdBy revokedBy'),
  },
  // Reached only through the Query/Mutation fields above that already restrict them to the authority's admins and caseworkers.
  UserAccount: { roles: admins, apiScope: null, anchor: 'ROOT_ONLY', object: 'CASE', fields: {} },
  AuditLogEntry: { roles: admins, apiScope: null, anchor: 'ROOT_ONLY', object: 'CASE', fields: {} },
  CitizenAccessLogEntry: { roles: authoritySide, apiScope: null, anchor: 'ROOT_ONLY', object: 'CASE', fields: {} },
  DataExport: { roles: authoritySide, apiScope: null, anchor: 'ROOT_ONLY', object: 'CASE', fields: {} },
  CitizenErasureStatus: { roles: authorityAdmins, apiScope: null, anchor: 'ROOT_ONLY', object: 'CASE', fields: {} },
  CitizenDueForErasure: { roles: authorityAdmins, apiScope: null, anchor: 'ROOT_ONLY', object: 'CASE', fields: {} },
};

/**
 * Value types inside personal-data objects: they are reached only through a field of a type above (the walk test
 * checks it), so that field's kind covers them.
 */
export const CONTAINED_TYPES: readonly string[] = [
  'Participant', 'Signature', 'Price', 'SmartAssessment', 'ThemeChange', 'FormIssue', 'AuditObjectRef', 'AuditRefusal',
];

/** Object types that carry no personal data. */
export const PUBLIC_TYPES: readonly string[] = [
  'Organization', 'LifeTheme', 'LifeThemeGroup', 'FormTemplate', 'PageInfo', 'UserError',
  'ProgressionReport', 'ProgressionGroup', 'TimelinessReport', 'TimelinessGroup', 'TimelinessShare',
];
