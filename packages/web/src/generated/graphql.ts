/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The authority acknowledges a change notice. */
export type AcknowledgeChangeNoticeInput = {
  /** The change notice. */
  id: string | number;
};

/** A new goal for an existing contract. */
export type AddGoalInput = {
  /** The contract. */
  contractId: string | number;
  /** When the goal should be reached; not before the contract starts. */
  deadline: string;
  /** DEVELOP, MAINTAIN or LIMIT_LOSS. */
  goalType: GoalType;
  /** Key of one of the contract's life themes, e.g. PRACTICAL_TASKS. */
  lifeThemeKey: string;
  /** How attainment is measured. */
  measurableCriterion: string;
  /** Priority 1-3; defaults to the next free one. */
  priority?: number | null | undefined;
  /** The goal in words. */
  title: string;
};

/** What an integrator API token may do; the scope string in quotes. Role and organisation limits apply on top. */
export type ApiTokenScope =
  /** Scope "read:audit": read the organisation's audit log. */
  | 'READ_AUDIT'
  /** Scope "read:citizens": read citizens (name; CPR number where the organisation may see it). */
  | 'READ_CITIZENS'
  /** Scope "read:consents": read citizens' consents. */
  | 'READ_CONSENTS'
  /** Scope "read:contracts": read orders, contracts and their versions, goals, sub-goals, measurements, follow-up meetings, status notes, change notices and deadlines. */
  | 'READ_CONTRACTS'
  /** Scope "read:forms": read form templates and form responses. */
  | 'READ_FORMS'
  /** Scope "read:progression": read aggregated progression and timeliness reports (no personal data). */
  | 'READ_PROGRESSION'
  /** Scope "write:citizens": create and change citizens. */
  | 'WRITE_CITIZENS'
  /** Scope "write:consents": grant and revoke consents. */
  | 'WRITE_CONSENTS'
  /** Scope "write:contracts": send and decide orders; create, change, sign and terminate contracts; goals, sub-goals, follow-ups, status notes and change notices. */
  | 'WRITE_CONTRACTS'
  /** Scope "write:forms": save and submit form responses. */
  | 'WRITE_FORMS'
  /** Scope "write:measurements": record measurements on goals. */
  | 'WRITE_MEASUREMENTS';

/** The systematic assessment tool: VUM (adults), ICS (children) or another. */
export type AssessmentTool =
  /** Integrated Children’s System (children and young people). */
  | 'ICS'
  /** Another systematic tool. */
  | 'OTHER'
  /** Voksenudredningsmetoden (adults). */
  | 'VUM';

/** What an audit entry records. */
export type AuditEntryKind =
  /** A GraphQL request that read or wrote personal data, searched, or was refused. */
  | 'ACCESS'
  /** A failed login, a refused token or a lockout. */
  | 'AUTH_FAILURE'
  /** A citizen's personal data were anonymised (GDPR erasure). */
  | 'ERASURE'
  /** Entries older than the retention period were removed up to a checkpoint. */
  | 'PRUNE';

/** Narrows the audit log; all given conditions must hold. */
export type AuditLogFilter = {
  /** Entries concerning this citizen (global ID; a citizen of the viewer's authority), whoever made them. */
  citizenId?: string | number | null | undefined;
  /** From this instant (inclusive). */
  from?: string | null | undefined;
  /** GraphQL operation name or root field, e.g. "citizen" or "CitizenPage"; letter case does not matter. */
  operation?: string | null | undefined;
  /** Until this instant (exclusive). */
  to?: string | null | undefined;
  /** Entries made by this user (global ID). */
  userId?: string | number | null | undefined;
};

/** How the request ended. */
export type AuditOutcome =
  /** Ended with another error. */
  | 'ERROR'
  /** Answered. */
  | 'OK'
  /** Refused in whole or part (FORBIDDEN or a policy refusal). */
  | 'REFUSED'
  /** No valid identity. */
  | 'UNAUTHENTICATED';

/** What an access to a citizen's data did. */
export type CitizenAccessAction =
  /** The data were anonymised (slettet). */
  | 'ERASURE'
  /** Data were read (læst). */
  | 'READ'
  /** An access was refused (afvist). */
  | 'REFUSED'
  /** The citizen appeared in a search (søgning); the criterion is given. */
  | 'SEARCH'
  /** Data were created or changed (skrevet). */
  | 'WRITE';

/** What was decided at a follow-up meeting. Everything is written in one transaction: any problem and nothing changes. */
export type CompleteFollowUpInput = {
  /** Goals changed at the meeting (each with its expectedVersion). */
  changedGoals?: Array<UpdateGoalInput> | null | undefined;
  /** Further course: CONTINUE, CHANGE or END (END ends the contract). */
  decision: EffortDecision;
  /** The meeting's version you read; a stale one is a VERSION_CONFLICT. */
  expectedVersion: number;
  /** Outcomes of goals. */
  goalOutcomes?: Array<GoalOutcomeInput> | null | undefined;
  /** When it was held; defaults to now, never in the future. */
  heldAt?: string | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** Minutes (referat) of the meeting. */
  minutes: string;
  /** New goals for the contract; the limit of 3 goals holds (GOAL_LIMIT). */
  newGoals?: Array<GoalDraftInput> | null | undefined;
  /** The next REGULAR meeting. When omitted and the effort continues, it is set on the service type's interval (none for floating support). */
  nextMeetingAt?: string | null | undefined;
};

/** A kind of information a consent covers (what may be exchanged with the named organisations). */
export type ConsentCategory =
  /** Skemaer: answers in form responses. */
  | 'FORMS'
  /** Vurdering, formål, mål og delmål: the assessment, the contract's purpose and content, goals, sub-goals and contract versions. */
  | 'GOALS'
  /** Navn, CPR-nummer og kontaktoplysninger: name, CPR number, birth date, address, phone, guardian and support person. */
  | 'IDENTITY'
  /** Målinger, status og møder: measurements, status notes, follow-up meeting agendas and minutes, change notices. */
  | 'PROGRESS';

/** Narrows the contracts listed. */
export type ContractFilter = {
  /** Only this citizen. */
  citizenId?: string | number | null | undefined;
  /** Only these service types. */
  serviceType?: Array<ServiceType> | null | undefined;
  /** Only these statuses. */
  status?: Array<ContractStatus> | null | undefined;
};

/** DRAFT while written; ACTIVE once signed by both with 1-3 goals; TERMINATED by notice (opsigelse); ENDED when the effort is done. */
export type ContractStatus =
  /** Signed by buyer and seller; the effort runs. */
  | 'ACTIVE'
  /** Being written; not yet signed by both parties. */
  | 'DRAFT'
  /** The effort is done (decided at a follow-up). */
  | 'ENDED'
  /** Terminated by notice (opsigelse); ends after the notice period. */
  | 'TERMINATED';

/** A new API token for an integrator (another system) in the admin's organisation. */
export type CreateApiTokenInput = {
  /** When the token stops working; in the future, at most 366 days ahead. */
  expiresAt: string;
  /** What the token is for, e.g. "ESDH: nightly export"; 1 to 100 characters. */
  name: string;
  /** What the token may do; at least one. */
  scopes: Array<ApiTokenScope>;
};

/** A new citizen. */
export type CreateCitizenInput = {
  /** Postal address. */
  address?: string | null | undefined;
  /** CPR number DDMMYY-SSSS; the first six digits must be a real date. */
  cpr: string;
  /** Guardian (værge). */
  guardian?: string | null | undefined;
  /** Full name. */
  name: string;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Support person (bisidder). */
  supportPerson?: string | null | undefined;
};

/** A new contract (a draft until both parties have signed). */
export type CreateContractInput = {
  /** VUM, ICS or OTHER. */
  assessmentTool: AssessmentTool;
  /** The citizen; must belong to the caseworker's authority. */
  citizenId: string | number;
  /** What counts as done (discharge criteria). */
  dischargeCriteria: string;
  /** Why these goals were chosen. */
  goalRationale: string;
  /** Up to 3 goals; more is a GOAL_LIMIT error. */
  goals?: Array<GoalDraftInput> | null | undefined;
  /** Keys of the chosen life themes (at least one), e.g. ["MENTAL_FUNCTIONS"]. */
  lifeThemeKeys: Array<string>;
  /** Next follow-up; defaults to the service type's interval from the start (none for floating support). */
  nextFollowUpDate?: string | null | undefined;
  /** Notice period in days (0-365). */
  noticePeriodDays?: number | null | undefined;
  /** The accepted order this contract is based on. */
  orderId?: string | number | null | undefined;
  /** Who is expected at follow-up meetings. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** The price (takst). */
  price?: PriceInput | null | undefined;
  /** The provider. */
  providerId: string | number;
  /** The purpose of the effort. */
  purpose: string;
  /** PROSE and/or NUMBERS (at least one). */
  reportingForms: Array<ReportingForm>;
  /** The service. */
  serviceType: ServiceType;
  /** When the effort starts. */
  startDate: string;
};

/** A new user. */
export type CreateUserInput = {
  /** E-mail, unique. */
  email: string;
  /** Full name. */
  name: string;
  /** Organisation; defaults to the admin's own. Only the admin's own organisation is allowed. */
  organizationId?: string | number | null | undefined;
  /** Role. */
  role: Role;
};

/** What is due. */
export type DeadlineKind =
  /** A follow-up meeting that is not yet recorded as held; due on its day. */
  | 'MEETING'
  /** The caseworker starts planning a follow-up meeting; due 8 weeks before it. */
  | 'MEETING_PLANNING'
  /** The provider manager's acceptance or refusal of an order; due at the monthly management review. */
  | 'ORDER_DECISION'
  /** The provider's written status for a meeting; due 14 days before it. */
  | 'STATUS_NOTE'
  /** A goal of an active contract has no approved sub-goal; due 3 months after the start. */
  | 'SUB_GOAL_APPROVAL';

/** The authority's decision on a proposed sub-goal. */
export type DecideSubGoalInput = {
  /** APPROVED or REJECTED. */
  approval: SubGoalApproval;
  /** Comment; required when rejecting. */
  comment?: string | null | undefined;
  /** The version you read. */
  expectedVersion: number;
  /** The sub-goal. */
  id: string | number;
};

/** Further course of the effort: continue, change or end. */
export type EffortDecision =
  /** Continue with changed goals or services. */
  | 'CHANGE'
  /** Continue the effort as agreed (fortsæt indsatsen). */
  | 'CONTINUE'
  /** End the effort (afslut indsatsen); completing a follow-up with END ends the contract. */
  | 'END';

/** Anonymises a citizen's personal data after the retention period (GDPR erasure). */
export type EraseCitizenInput = {
  /** Global ID of the citizen. */
  citizenId: string | number;
  /** The word ANONYMISER, to confirm that the erasure cannot be undone. */
  confirmation: string;
};

/** JSON or CSV (comma-separated, UTF-8, CRLF). */
export type ExportFormat =
  | 'CSV'
  | 'JSON';

/** DRAFT while being filled in (autosaved, may be incomplete); SUBMITTED once fully valid and its bound rows are written. */
export type FormResponseStatus =
  /** Being filled in; answers may be incomplete. */
  | 'DRAFT'
  /** Validated in full and submitted; bound rows (contract, status note, ...) are written. No longer editable. */
  | 'SUBMITTED';

/** What a form response is about: CITIZEN, CONTRACT or MEETING (a follow-up meeting). */
export type FormSubjectType =
  /** A citizen (e.g. the contract checklist, before the contract exists). */
  | 'CITIZEN'
  /** A contract (e.g. a change notice). */
  | 'CONTRACT'
  /** A follow-up meeting (e.g. the status note). */
  | 'MEETING';

/** Is the goal reached: REACHED, PARTLY or NOT_REACHED. */
export type GoalAttainment =
  | 'NOT_REACHED'
  | 'PARTLY'
  | 'REACHED';

/** A goal inside a contract (without the contract; used when creating a contract). */
export type GoalDraftInput = {
  /** When the goal should be reached; not before the contract starts. */
  deadline: string;
  /** DEVELOP, MAINTAIN or LIMIT_LOSS. */
  goalType: GoalType;
  /** Key of one of the contract's life themes, e.g. PRACTICAL_TASKS. */
  lifeThemeKey: string;
  /** How attainment is measured. */
  measurableCriterion: string;
  /** Priority 1-3; defaults to the next free one. */
  priority?: number | null | undefined;
  /** The goal in words. */
  title: string;
};

/** The outcome of one goal, recorded at the meeting. */
export type GoalOutcomeInput = {
  /** How it was reached, or why not. */
  comment?: string | null | undefined;
  /** A goal of the meeting's contract. */
  goalId: string | number;
  /** The outcome: ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED or DISCONTINUED (ACTIVE keeps it open with a comment). */
  status: GoalStatus;
};

/** ACTIVE while worked on; the outcome is recorded at follow-up. */
export type GoalStatus =
  /** Reached (recorded at follow-up). */
  | 'ACHIEVED'
  /** Being worked on. */
  | 'ACTIVE'
  /** Replaced or dropped; does not count towards the limit of 3. */
  | 'DISCONTINUED'
  /** Not reached. */
  | 'NOT_ACHIEVED'
  /** Partly reached. */
  | 'PARTLY_ACHIEVED';

/** Måltype (FFB): what the goal expects of the functioning. */
export type GoalType =
  /** Udvikle funktionsevne */
  | 'DEVELOP'
  /** Begrænse tab af funktionsevne */
  | 'LIMIT_LOSS'
  /** Fastholde funktionsevne */
  | 'MAINTAIN';

/** The citizen's consent (samtykkeerklæring, Sorø Bilag 6) to exchange information between parties. */
export type GrantConsentInput = {
  /** The kinds of information that may be shared with those organisations; all kinds when omitted (the consent form's "oplysninger, herunder fortrolige og personlige oplysninger samt helbredsoplysninger"). */
  categories?: Array<ConsentCategory> | null | undefined;
  /** The citizen; must belong to the caseworker's authority. */
  citizenId: string | number;
  /** What may not be exchanged. */
  excluded?: Array<string> | null | undefined;
  /** When the citizen gave the consent; defaults to now; not in the future. */
  givenAt?: string | null | undefined;
  /** The organisations (providers) information may be shared with, at most 15. A provider sees the citizen's information only while a consent in force names it; none when omitted. */
  organizationIds?: Array<string | number> | null | undefined;
  /** The parties (departments, professionals) that may exchange information; 1 to 15. */
  parties: Array<string>;
  /** What may be exchanged; at least one item. */
  scope: Array<string>;
};

/** The invitation letter's four reply statements (Sorø, Bilag 1-2). */
export type InvitationReplyOption =
  /** Ja, det vurderes relevant og jeg vil gerne deltage. */
  | 'ATTEND'
  /** Nej, det vurderes ikke relevant at deltage. */
  | 'NOT_RELEVANT'
  /** Relevant, but cannot attend on the date: would like another date, otherwise sends a note. */
  | 'OTHER_DATE'
  /** Relevant, but cannot set aside time: sends a note to the coordinating caseworker instead. */
  | 'SEND_NOTE';

/** Whether a reading is the starting point or a later one. */
export type MeasurementKind =
  /** At the start; one per goal and scale. */
  | 'BASELINE'
  /** Before a follow-up; the latest is compared with the baseline. */
  | 'FOLLOW_UP';

/** REGULAR on the service type interval; EARLY: the optional 3-month meeting after start; EXTRA: called when needed. */
export type MeetingKind =
  | 'EARLY'
  | 'EXTRA'
  | 'REGULAR';

/** AUTHORITY: a municipality buying support (myndighed). PROVIDER: who delivers it (leverandør, udfører). */
export type OrganizationKind =
  | 'AUTHORITY'
  | 'PROVIDER';

/** Someone expected at follow-up meetings. */
export type ParticipantInput = {
  /** Name. */
  name: string;
  /** Organisation or relation to the citizen. */
  organization?: string | null | undefined;
  /** Role, e.g. "borger", "værge", "kontaktperson", "rådgiver". */
  role: string;
};

/** The price (takst) of the effort. */
export type PriceInput = {
  /** Amount in Danish kroner (DKK). */
  amount: number;
  /** What the amount is per. */
  unit: PriceUnit;
};

/** What the price (takst) is per. */
export type PriceUnit =
  /** Per day (døgntakst). */
  | 'PER_DAY'
  /** Per hour. */
  | 'PER_HOUR'
  /** Per month. */
  | 'PER_MONTH'
  /** Per year. */
  | 'PER_YEAR';

/** What a progression report is grouped by. */
export type ProgressionDimension =
  /** The contract's authority (buying municipality). */
  | 'AUTHORITY'
  /** The goal type: DEVELOP, MAINTAIN or LIMIT_LOSS. A MAINTAIN goal succeeds without a rising score. */
  | 'GOAL_TYPE'
  /** The goal's life theme. */
  | 'LIFE_THEME'
  /** The contract's provider. */
  | 'PROVIDER'
  /** The quarter ('YYYY-Qn') of the goal's latest reading on the scale (its latest follow-up, else its baseline); null when it has none. */
  | 'QUARTER'
  /** The contract's service type (SEL paragraph). */
  | 'SERVICE_TYPE';

/** Which goals a progression report covers; always within the viewer's own organisation's cases. */
export type ProgressionFilter = {
  /** Only contracts of this authority (Organization ID); an ID outside the viewer's cases matches nothing. */
  authority?: string | number | null | undefined;
  /** Only goals whose latest reading (the date QUARTER uses) is on or after this day. Widened to the first day of its quarter, so that two overlapping ranges never differ by less than a quarter. */
  from?: string | null | undefined;
  /** Only goals in these life themes (keys, e.g. MENTAL_FUNCTIONS); all when omitted or empty. */
  lifeThemes?: Array<string> | null | undefined;
  /** Only contracts with this provider (Organization ID). */
  provider?: string | number | null | undefined;
  /** The scale whose readings are compared (default ONE_TO_TEN). */
  scale?: Scale | null | undefined;
  /** Only contracts of these service types; all when omitted or empty. */
  serviceTypes?: Array<ServiceType> | null | undefined;
  /** Only goals whose latest reading is on or before this day; widened to the last day of its quarter. */
  to?: string | null | undefined;
};

/** The provider's proposal of a sub-goal for a goal. */
export type ProposeSubGoalInput = {
  /** The goal. */
  goalId: string | number;
  /** How the provider works towards it. */
  method?: string | null | undefined;
  /** The sub-goal in words. */
  title: string;
};

/** An invited participant's reply to a follow-up meeting's invitation. */
export type RecordInvitationReplyInput = {
  /** Who gave the answer; defaults to the participant's name. */
  answeredBy?: string | null | undefined;
  /** The Danish day the answer was given; defaults to today, never in the future. */
  answeredOn?: string | null | undefined;
  /** Other dates that suit (required with OTHER_DATE), when the note comes (SEND_NOTE) or why not (NOT_RELEVANT). */
  comment?: string | null | undefined;
  /** The version of the participant's reply you read; omit when there was none. A stale or missing one, where a reply exists, is a VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The meeting; not yet held, on an active contract. */
  meetingId: string | number;
  /** The participant's position in the meeting's `participants`, from 0. */
  participantIndex: number;
  /** Which of the letter's four statements was chosen. */
  reply: InvitationReplyOption;
};

/** A change that affects the agreed effort, reported by the provider (Nordjylland). */
export type ReportChangeInput = {
  /** Its consequences for the agreed effort. */
  consequences: string;
  /** The active contract the change concerns. */
  contractId: string | number;
  /** What has changed. */
  description: string;
  /** Documentation of the change, if any. */
  documentation?: string | null | undefined;
};

/** How the provider reports progress before follow-up: in prose and/or in numbers. */
export type ReportingForm =
  /** Readings on a scale (e.g. 1-10), compared with the baseline. */
  | 'NUMBERS'
  /** A written description. */
  | 'PROSE';

/** Revokes an API token; it stops working at once. */
export type RevokeApiTokenInput = {
  /** The API token. */
  id: string | number;
};

/** Revokes a consent; a citizen may revoke at any time. */
export type RevokeConsentInput = {
  /** The consent. */
  id: string | number;
};

/** A user's role; together with the organisation it decides what the user may see and do. */
export type Role =
  /** Administers the organisation's users. */
  | 'ADMIN'
  /** Rådgiver/sagsbehandler at an authority. */
  | 'CASEWORKER'
  /** Another system using the API. */
  | 'INTEGRATOR'
  /** Leder: reads aggregated progression, never personal data. */
  | 'MANAGER'
  /** Afdelingsleder at a provider: accepts orders. */
  | 'PROVIDER_MANAGER'
  /** Udfører: staff at a provider working with the citizen. */
  | 'PROVIDER_STAFF';

/** Saves a draft response: creates one (with templateKey and subjectId) or updates one (with id and expectedVersion). Incomplete answers are accepted; answers that do not fit the definition are refused and nothing is stored. */
export type SaveFormResponseInput = {
  /** The viewer's answers, keyed by item id, merged into the stored ones: a top-level item left out keeps its answer, null clears it; a group's entries are replaced by the list sent (the other party's and server-filled items in them keep their answers). Changing the other party's items is NOT_YOURS. */
  answers: unknown;
  /** When updating: the version you read; a stale one is a VERSION_CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** The response to update; omit to start a new one. */
  id?: string | number | null | undefined;
  /** For a new response: what it is about (a Citizen, Contract or FollowUpMeeting ID, as the template says). */
  subjectId?: string | number | null | undefined;
  /** For a new response: the template key. */
  templateKey?: string | null | undefined;
  /** For a new response: the template version; defaults to the latest version for the subject's authority. */
  templateVersion?: number | null | undefined;
};

/** Measurement scale. Progression compares readings on the same scale only. */
export type Scale =
  /** Scale 1-10 (resources and support need) */
  | 'ONE_TO_TEN'
  /** VUM functional level 0-4 */
  | 'VUM_0_4';

/** A follow-up meeting the caseworker calls. */
export type ScheduleFollowUpInput = {
  /** Agenda items; when omitted or empty, the Hjørring agenda (goals, life themes, further course, end of effort, next meeting). */
  agenda?: Array<string> | null | undefined;
  /** The contract; it must be ACTIVE. */
  contractId: string | number;
  /** REGULAR, EARLY (the 3-month meeting) or EXTRA. */
  kind: MeetingKind;
  /** Where the meeting is held, e.g. at the residential offer or online. */
  location?: string | null | undefined;
  /** Invited participants; when omitted, the contract's expected participants. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** When the meeting is; not in the past. Planning (8 weeks) and status (14 days) deadlines follow from its day in Danish time. */
  scheduledAt: string;
};

/** The service under the Social Services Act (SEL); it sets the default follow-up interval. */
export type ServiceType =
  /** SEL § 85: Socialpædagogisk støtte (bostøtte) */
  | 'SEL_85'
  /** SEL § 103: Beskyttet beskæftigelse */
  | 'SEL_103'
  /** SEL § 104: Aktivitets- og samværstilbud */
  | 'SEL_104'
  /** SEL § 107: Midlertidigt botilbud */
  | 'SEL_107'
  /** SEL § 108: Længerevarende botilbud */
  | 'SEL_108';

/** A signature by the buyer (authority caseworker) or the seller (provider). */
export type SignContractInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The contract. */
  id: string | number;
  /** BUYER (the authority) or SELLER (the provider); must match the signer's organisation. */
  party: SignatureParty;
  /** Date of the signature; defaults to today. */
  signedOn?: string | null | undefined;
};

/** Who signs: the buyer or the seller. */
export type SignatureParty =
  /** The authority (køber). */
  | 'BUYER'
  /** The provider (sælger). */
  | 'SELLER';

/** A part of a SMART goal. */
export type SmartPart =
  /** A goal type (develop, maintain, limit loss) setting a realistic expectation. */
  | 'ACHIEVABLE'
  /** A criterion saying how attainment is measured. */
  | 'MEASURABLE'
  /** A life theme among the contract's. */
  | 'RELEVANT'
  /** A title of at least 10 characters saying what the citizen will do. */
  | 'SPECIFIC'
  /** A deadline. */
  | 'TIME_BOUND';

/** The authority's decision on a sub-goal the provider proposed. */
export type SubGoalApproval =
  /** Approved by the authority. */
  | 'APPROVED'
  /** Proposed by the provider, awaiting the authority. */
  | 'PROPOSED'
  /** Rejected by the authority, with a comment. */
  | 'REJECTED';

/** How far the provider has come with the sub-goal. */
export type SubGoalStatus =
  /** Reached. */
  | 'DONE'
  /** No longer pursued. */
  | 'DROPPED'
  /** Being worked on. */
  | 'OPEN';

/** Submits a draft response: validated in full; with issues it stays a draft and the issues come back as userErrors. */
export type SubmitFormResponseInput = {
  /** The version you read; a stale one is a VERSION_CONFLICT. */
  expectedVersion: number;
  /** The response. */
  id: string | number;
  /** For a contract checklist about a citizen: the accepted order the contract is based on, if any. */
  orderId?: string | number | null | undefined;
  /** For a contract checklist about a citizen: the provider the contract is with. */
  providerId?: string | number | null | undefined;
};

/** Termination (opsigelse) of an active contract with its notice period. */
export type TerminateContractInput = {
  /** The version you read. */
  expectedVersion: number;
  /** The contract. */
  id: string | number;
  /** When notice is given; defaults to today. The effort ends after the notice period. */
  noticeGivenOn?: string | null | undefined;
  /** Why the contract is terminated. */
  reason: string;
};

/** What a timeliness report is grouped by. */
export type TimelinessDimension =
  /** The contract's authority. */
  | 'AUTHORITY'
  /** The contract's provider. */
  | 'PROVIDER'
  /** The quarter ('YYYY-Qn') of the deadline: the status note's due date, the sub-goal approval's due date, the meeting's day. */
  | 'QUARTER'
  /** The contract's service type. */
  | 'SERVICE_TYPE';

/** Which deadlines a timeliness report covers; always within the viewer's own organisation's cases. */
export type TimelinessFilter = {
  /** Only contracts of this authority (Organization ID). */
  authority?: string | number | null | undefined;
  /** Only deadlines due on or after this day. */
  from?: string | null | undefined;
  /** Only contracts with this provider (Organization ID). */
  provider?: string | number | null | undefined;
  /** Only contracts of these service types; all when omitted or empty. */
  serviceTypes?: Array<ServiceType> | null | undefined;
  /** Only deadlines due on or before this day. */
  to?: string | null | undefined;
  /** The day to reckon from (deadlines before it have passed); defaults to today in Danish time. */
  today?: string | null | undefined;
};

/** The user to unlock. */
export type UnlockUserInput = {
  /** The user, in the admin's own organisation. */
  userId: string | number;
};

/** Changes to a contract; omitted fields stay as they are. */
export type UpdateContractInput = {
  /** VUM, ICS or OTHER. */
  assessmentTool?: AssessmentTool | null | undefined;
  /** What counts as done. */
  dischargeCriteria?: string | null | undefined;
  /** The version you read; a stale one is a VERSION_CONFLICT and changes nothing. */
  expectedVersion: number;
  /** Why these goals were chosen. */
  goalRationale?: string | null | undefined;
  /** The contract. */
  id: string | number;
  /** Keys of the chosen life themes; every goal's theme must stay among them. */
  lifeThemeKeys?: Array<string> | null | undefined;
  /** Next follow-up. */
  nextFollowUpDate?: string | null | undefined;
  /** Notice period in days (0-365). */
  noticePeriodDays?: number | null | undefined;
  /** Who is expected at follow-up meetings. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** The price (takst). */
  price?: PriceInput | null | undefined;
  /** The purpose of the effort. */
  purpose?: string | null | undefined;
  /** PROSE and/or NUMBERS. */
  reportingForms?: Array<ReportingForm> | null | undefined;
  /** The service (drafts only). */
  serviceType?: ServiceType | null | undefined;
  /** When the effort starts (drafts only). */
  startDate?: string | null | undefined;
};

/** Changes to a goal; omitted fields stay as they are. */
export type UpdateGoalInput = {
  /** When the goal should be reached. */
  deadline?: string | null | undefined;
  /** The version you read; a stale one is a VERSION_CONFLICT. */
  expectedVersion: number;
  /** DEVELOP, MAINTAIN or LIMIT_LOSS. */
  goalType?: GoalType | null | undefined;
  /** The goal. */
  id: string | number;
  /** Key of one of the contract's life themes. */
  lifeThemeKey?: string | null | undefined;
  /** How attainment is measured. */
  measurableCriterion?: string | null | undefined;
  /** How the outcome was reached or why not. */
  outcomeComment?: string | null | undefined;
  /** Priority 1-3. */
  priority?: number | null | undefined;
  /** ACTIVE, or the outcome recorded at follow-up. */
  status?: GoalStatus | null | undefined;
  /** The goal in words. */
  title?: string | null | undefined;
};

/** Narrows the list of users; all given conditions must hold. */
export type UserAccountFilter = {
  /** true: only users locked out now; false: only users not locked out. */
  locked?: boolean | null | undefined;
  /** Users with this role. */
  role?: Role | null | undefined;
};

export type CitizensDueForErasureQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CitizensDueForErasureQuery = { citizensDueForErasure: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { lastActivityOn: string, erasableFrom: string, citizen: { id: string, name: string } } }> } };

export type CitizensDueForErasureCountQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizensDueForErasureCountQuery = { citizensDueForErasure: { totalCount: number } };

export type ApiTokenRowFragment = { id: string, name: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string, lastUsedAt: string | null, active: boolean, revokedAt: string | null, createdBy: { id: string, name: string } | null, revokedBy: { id: string, name: string } | null };

export type ApiTokensQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ApiTokensQuery = { apiTokens: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string, lastUsedAt: string | null, active: boolean, revokedAt: string | null, createdBy: { id: string, name: string } | null, revokedBy: { id: string, name: string } | null } }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { token: string | null, apiToken: { id: string, name: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string, lastUsedAt: string | null, active: boolean, revokedAt: string | null, createdBy: { id: string, name: string } | null, revokedBy: { id: string, name: string } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { id: string, name: string, scopes: Array<ApiTokenScope>, createdAt: string, expiresAt: string, lastUsedAt: string | null, active: boolean, revokedAt: string | null, createdBy: { id: string, name: string } | null, revokedBy: { id: string, name: string } | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuditLogPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditLogFilter | null | undefined;
}>;


export type AuditLogPageQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { sequence: number, occurredAt: string, kind: AuditEntryKind, outcome: AuditOutcome, userId: string | null, userName: string | null, userRole: string | null, organizationName: string | null, operationType: string | null, operationName: string | null, rootFields: Array<string>, purpose: string | null, ip: string | null, userAgent: string | null, requestId: string | null, searches: Array<string>, errorCodes: Array<string>, note: string | null, citizenIds: Array<string>, read: Array<{ type: string, id: string }>, written: Array<{ type: string, id: string }>, refused: Array<{ operation: string, reason: string }> } }> } };

export type ChangeNoticesOfContractQueryVariables = Exact<{
  id: string | number;
}>;


export type ChangeNoticesOfContractQuery = { contract: { id: string, status: ContractStatus, authority: { id: string, name: string }, provider: { id: string, name: string }, citizen: { id: string, name: string } | null, changeNotices: Array<{ id: string, createdAt: string, description: string, consequences: string, documentation: string | null, acknowledgedAt: string | null }> } | null };

export type AcknowledgeChangeNoticeMutationVariables = Exact<{
  input: AcknowledgeChangeNoticeInput;
}>;


export type AcknowledgeChangeNoticeMutation = { acknowledgeChangeNotice: { changeNotice: { id: string, acknowledgedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ReportChangeContractQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportChangeContractQuery = { contract: { id: string, status: ContractStatus, provider: { id: string, name: string }, citizen: { id: string, name: string } | null } | null };

export type ReportChangeMutationVariables = Exact<{
  input: ReportChangeInput;
}>;


export type ReportChangeMutation = { reportChange: { changeNotice: { id: string, createdAt: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RevokeConsentMutationVariables = Exact<{
  input: RevokeConsentInput;
}>;


export type RevokeConsentMutation = { revokeConsent: { consent: { id: string, active: boolean, revokedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CitizenErasureStatusQueryVariables = Exact<{
  citizenId: string | number;
}>;


export type CitizenErasureStatusQuery = { citizenErasure: { lastActivityOn: string, erasableFrom: string, caseOpen: boolean, erased: boolean, erasable: boolean } | null };

export type EraseCitizenMutationVariables = Exact<{
  input: EraseCitizenInput;
}>;


export type EraseCitizenMutation = { eraseCitizen: { erasedAt: string | null, citizen: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CitizenFormTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenFormTemplatesQuery = { formTemplates: Array<{ id: string, key: string, title: string, titleEn: string, subjectType: FormSubjectType }> };

export type CitizenInsightLogQueryVariables = Exact<{
  citizenId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CitizenInsightLogQuery = { citizenAccessLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { occurredAt: string, action: CitizenAccessAction, organizationName: string | null, userRole: string | null, dataKinds: Array<string>, purpose: string | null, operation: string | null, searches: Array<string> } }> } };

export type CitizenInsightLogExportQueryVariables = Exact<{
  citizenId: string | number;
  format: ExportFormat;
}>;


export type CitizenInsightLogExportQuery = { citizenAccessLogExport: { fileName: string, contentType: string, content: string } };

export type CitizenInsightDataExportQueryVariables = Exact<{
  citizenId: string | number;
}>;


export type CitizenInsightDataExportQuery = { exportCitizenData: { fileName: string, contentType: string, content: string } };

export type CitizenPageQueryVariables = Exact<{
  id: string | number;
}>;


export type CitizenPageQuery = { citizen: { id: string, name: string, cpr: string, cprMasked: boolean, birthDate: string, address: string | null, phone: string | null, guardian: string | null, supportPerson: string | null, consents: Array<{ id: string, active: boolean, givenAt: string, revokedAt: string | null, parties: Array<string>, scope: Array<string>, excluded: Array<string>, categories: Array<ConsentCategory>, organizations: Array<{ id: string, name: string }> }>, contracts: Array<{ id: string, status: ContractStatus, serviceType: ServiceType, startDate: string, endDate: string | null, documentVersion: number, nextFollowUpDate: string | null, provider: { id: string, name: string }, authority: { id: string, name: string }, goals: Array<{ id: string, title: string, priority: number, status: GoalStatus, goalType: GoalType, deadline: string, lifeTheme: { key: string, name: string, nameEn: string } | null, measurements: Array<{ id: string, kind: MeasurementKind, scale: Scale, value: number, measuredAt: string }> }>, followUpMeetings: Array<{ id: string, kind: MeetingKind, scheduledAt: string, heldAt: string | null }>, statusNotes: Array<{ id: string, submittedAt: string, onTime: boolean, meeting: { id: string, scheduledAt: string } }>, changeNotices: Array<{ id: string, createdAt: string, description: string, acknowledgedAt: string | null }>, versions: Array<{ id: string, number: number, reason: string, createdAt: string, sentToCitizenAt: string | null }> }> } | null };

export type CitizensSearchQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CitizensSearchQuery = { citizens: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, cpr: string, cprMasked: boolean, birthDate: string, address: string | null } }> } };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { consent: { id: string, active: boolean, givenAt: string, revokedAt: string | null, parties: Array<string>, scope: Array<string>, excluded: Array<string>, categories: Array<ConsentCategory>, organizations: Array<{ id: string, name: string }> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ConsentProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentProvidersQuery = { organizations: Array<{ id: string, name: string, kind: OrganizationKind }> };

export type CreateCitizenMutationVariables = Exact<{
  input: CreateCitizenInput;
}>;


export type CreateCitizenMutation = { createCitizen: { citizen: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AddGoalMutationVariables = Exact<{
  input: AddGoalInput;
}>;


export type AddGoalMutation = { addGoal: { goal: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ContractPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractPageQuery = { contract: { id: string, version: number, status: ContractStatus, documentVersion: number, serviceType: ServiceType, assessmentTool: AssessmentTool, startDate: string, endDate: string | null, nextFollowUpDate: string | null, subGoalsDueBy: string, purpose: string, goalRationale: string, dischargeCriteria: string, noticePeriodDays: number | null, terminationReason: string | null, toBeSentToCitizen: boolean, reportingForms: Array<ReportingForm>, price: { amount: number, unit: PriceUnit } | null, authority: { id: string, name: string }, provider: { id: string, name: string }, citizen: { id: string, name: string, cpr: string, cprMasked: boolean } | null, lifeThemes: Array<{ key: string, name: string, nameEn: string }>, participants: Array<{ name: string, role: string, organization: string | null }>, signatures: Array<{ party: SignatureParty, name: string, signedOn: string }>, goals: Array<{ id: string, version: number, priority: number, title: string, measurableCriterion: string, goalType: GoalType, deadline: string, status: GoalStatus, outcomeComment: string | null, lifeTheme: { key: string, name: string, nameEn: string } | null, smart: { complete: boolean, missing: Array<SmartPart> }, subGoals: Array<{ id: string, version: number, title: string, method: string | null, approval: SubGoalApproval, status: SubGoalStatus, decisionComment: string | null, proposedAt: string, decidedAt: string | null }> }>, versions: Array<{ id: string, number: number, reason: string, createdAt: string, sentToCitizenAt: string | null }>, followUpMeetings: Array<{ id: string, kind: MeetingKind, scheduledAt: string, heldAt: string | null, decision: EffortDecision | null, statusNote: { id: string } | null }>, statusNotes: Array<{ id: string, submittedAt: string, onTime: boolean, recommendation: EffortDecision, meeting: { id: string, scheduledAt: string } }>, changeNotices: Array<{ id: string, createdAt: string, description: string, consequences: string, acknowledgedAt: string | null }> } | null };

export type SignContractMutationVariables = Exact<{
  input: SignContractInput;
}>;


export type SignContractMutation = { signContract: { contract: { id: string, version: number, status: ContractStatus, documentVersion: number, toBeSentToCitizen: boolean, signatures: Array<{ party: SignatureParty, name: string, signedOn: string }>, versions: Array<{ id: string, number: number, reason: string, createdAt: string, sentToCitizenAt: string | null }> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ContractsListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ContractFilter | null | undefined;
}>;


export type ContractsListQuery = { contracts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: ContractStatus, serviceType: ServiceType, startDate: string, endDate: string | null, nextFollowUpDate: string | null, documentVersion: number, citizen: { id: string, name: string } | null, authority: { id: string, name: string }, provider: { id: string, name: string } } }> } };

export type ContractTermsLifeThemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ContractTermsLifeThemesQuery = { lifeThemes: Array<{ key: string, name: string, nameEn: string }> };

export type UpdateContractMutationVariables = Exact<{
  input: UpdateContractInput;
}>;


export type UpdateContractMutation = { updateContract: { contract: { id: string, version: number, serviceType: ServiceType, assessmentTool: AssessmentTool, startDate: string, nextFollowUpDate: string | null, subGoalsDueBy: string, purpose: string, goalRationale: string, dischargeCriteria: string, noticePeriodDays: number | null, reportingForms: Array<ReportingForm>, price: { amount: number, unit: PriceUnit } | null, lifeThemes: Array<{ key: string, name: string, nameEn: string }>, participants: Array<{ name: string, role: string, organization: string | null }> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { goal: { id: string, version: number, title: string, measurableCriterion: string, goalType: GoalType, deadline: string, lifeTheme: { key: string, name: string, nameEn: string } | null, smart: { complete: boolean, missing: Array<SmartPart> } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type NewContractChoicesQueryVariables = Exact<{
  citizenId: string | number;
}>;


export type NewContractChoicesQuery = { citizen: { id: string, name: string } | null, organizations: Array<{ id: string, name: string, kind: OrganizationKind }>, lifeThemes: Array<{ key: string, name: string, nameEn: string }> };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { contract: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ProposeSubGoalMutationVariables = Exact<{
  input: ProposeSubGoalInput;
}>;


export type ProposeSubGoalMutation = { proposeSubGoal: { subGoal: { id: string, approval: SubGoalApproval } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type DecideSubGoalMutationVariables = Exact<{
  input: DecideSubGoalInput;
}>;


export type DecideSubGoalMutation = { decideSubGoal: { subGoal: { id: string, version: number, approval: SubGoalApproval, decisionComment: string | null, decidedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type TerminateContractMutationVariables = Exact<{
  input: TerminateContractInput;
}>;


export type TerminateContractMutation = { terminateContract: { contract: { id: string, version: number, status: ContractStatus, endDate: string | null, terminationReason: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;


export type CompleteFollowUpMutation = { completeFollowUp: { meeting: { id: string, version: number, heldAt: string | null, minutes: string | null, decision: EffortDecision | null, nextMeetingAt: string | null } | null, contract: { id: string, status: ContractStatus, documentVersion: number } | null, contractVersion: { id: string, number: number, reason: string, createdAt: string } | null, nextMeeting: { id: string, scheduledAt: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RecordInvitationReplyMutationVariables = Exact<{
  input: RecordInvitationReplyInput;
}>;


export type RecordInvitationReplyMutation = { recordInvitationReply: { reply: { id: string, version: number, participantIndex: number, reply: InvitationReplyOption, answeredBy: string, answeredOn: string, comment: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type MeetingFormsQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type MeetingFormsQuery = { formResponses: { edges: Array<{ node: { id: string, status: FormResponseStatus, template: { id: string, key: string } } }> } };

export type MeetingInvitationsQueryVariables = Exact<{
  citizenId: string | number;
}>;


export type MeetingInvitationsQuery = { formResponses: { edges: Array<{ node: { id: string, status: FormResponseStatus, answers: unknown } }> } };

export type MeetingPageQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingPageQuery = { node:
    | { id: string, version: number, kind: MeetingKind, scheduledAt: string, location: string | null, agenda: Array<string>, planningStartBy: string, statusDueBy: string, heldAt: string | null, minutes: string | null, decision: EffortDecision | null, nextMeetingAt: string | null, participants: Array<{ name: string, role: string, organization: string | null }>, invitationReplies: Array<{ id: string, version: number, participantIndex: number, reply: InvitationReplyOption, answeredBy: string, answeredOn: string, comment: string | null, recordedAt: string, recordedByOrganization: { id: string, name: string } }>, statusNote: { id: string, submittedAt: string, dueBy: string, onTime: boolean, recommendation: EffortDecision } | null, contract: { id: string, status: ContractStatus, documentVersion: number, authority: { id: string, name: string }, provider: { id: string, name: string }, citizen: { id: string, name: string } | null, lifeThemes: Array<{ key: string, name: string, nameEn: string }>, goals: Array<{ id: string, version: number, priority: number, title: string, measurableCriterion: string, goalType: GoalType, deadline: string, status: GoalStatus, lifeTheme: { key: string, name: string, nameEn: string } | null }>, versions: Array<{ id: string, number: number, reason: string, createdAt: string }>, followUpMeetings: Array<{ id: string, scheduledAt: string, heldAt: string | null }> } }
    | Record<PropertyKey, never>
   | null };

export type PlanFollowUpContractQueryVariables = Exact<{
  id: string | number;
}>;


export type PlanFollowUpContractQuery = { contract: { id: string, status: ContractStatus, serviceType: ServiceType, suggestedFollowUps: Array<string>, authority: { id: string, name: string }, provider: { id: string, name: string }, citizen: { id: string, name: string } | null, participants: Array<{ name: string, role: string, organization: string | null }> } | null };

export type ScheduleFollowUpMutationVariables = Exact<{
  input: ScheduleFollowUpInput;
}>;


export type ScheduleFollowUpMutation = { scheduleFollowUp: { meeting: { id: string, scheduledAt: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type FormResponsePageQueryVariables = Exact<{
  id: string | number;
}>;


export type FormResponsePageQuery = { formResponse: { id: string, version: number, status: FormResponseStatus, answers: unknown, derived: unknown, createdAt: string, updatedAt: string, submittedAt: string | null, subjectType: FormSubjectType, subjectId: string, template: { id: string, key: string, version: number, title: string, titleEn: string, definition: unknown }, subject:
      | { __typename: 'Citizen', id: string, name: string, cpr: string }
      | { __typename: 'Contract', id: string, citizen: { id: string, name: string, cpr: string } | null, goals: Array<{ id: string, title: string }> }
      | { __typename: 'FollowUpMeeting', id: string, scheduledAt: string, contract: { id: string, citizen: { id: string, name: string, cpr: string } | null, goals: Array<{ id: string, title: string }> } }
     } | null };

export type FormResponseLatestQueryVariables = Exact<{
  id: string | number;
}>;


export type FormResponseLatestQuery = { formResponse: { id: string, version: number, status: FormResponseStatus, answers: unknown, updatedAt: string } | null };

export type SaveFormDraftMutationVariables = Exact<{
  input: SaveFormResponseInput;
}>;


export type SaveFormDraftMutation = { saveFormResponse: { formResponse: { id: string, version: number, status: FormResponseStatus, answers: unknown, derived: unknown, updatedAt: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type SubmitFormResponseMutationVariables = Exact<{
  input: SubmitFormResponseInput;
}>;


export type SubmitFormResponseMutation = { submitFormResponse: { formResponse: { id: string, version: number, status: FormResponseStatus, answers: unknown, derived: unknown, updatedAt: string, submittedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type FormProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type FormProvidersQuery = { organizations: Array<{ id: string, name: string, kind: OrganizationKind }> };

export type FormResponsesOfSubjectQueryVariables = Exact<{
  subjectId: string | number;
  first: number;
}>;


export type FormResponsesOfSubjectQuery = { formResponses: { totalCount: number, edges: Array<{ node: { id: string, status: FormResponseStatus, updatedAt: string, submittedAt: string | null, template: { id: string, key: string, title: string, titleEn: string, version: number } } }> } };

export type StartFormResponseMutationVariables = Exact<{
  input: SaveFormResponseInput;
}>;


export type StartFormResponseMutation = { saveFormResponse: { formResponse: { id: string, version: number, status: FormResponseStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CitizenRadarQueryVariables = Exact<{
  id: string | number;
}>;


export type CitizenRadarQuery = { citizen: { id: string, contracts: Array<{ id: string, goals: Array<{ id: string, status: GoalStatus, lifeTheme: { key: string, name: string, nameEn: string } | null, oneToTenBaseline: { id: string, value: number } | null, oneToTenLatest: { id: string, value: number } | null, vumBaseline: { id: string, value: number } | null, vumLatest: { id: string, value: number } | null }> }> } | null };

export type ProgressionGroupFieldsFragment = { suppressed: boolean, citizens: number | null, goals: number | null, goalsMeasured: number | null, goalsAchieved: number | null, meanBaseline: number | null, meanLatest: number | null, meanChange: number | null, improved: number | null, unchanged: number | null, declined: number | null, lifeThemeKey: string | null, serviceType: ServiceType | null, goalType: GoalType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, lifeTheme: { key: string, name: string, nameEn: string } | null };

export type ProgressionOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressionOptionsQuery = { byProvider: { groups: Array<{ provider: { id: string, name: string } | null }> }, byAuthority: { groups: Array<{ authority: { id: string, name: string } | null }> } };

export type ProgressionOverviewQueryVariables = Exact<{
  filter: ProgressionFilter;
  rowBy: ProgressionDimension;
}>;


export type ProgressionOverviewQuery = { cells: { higherIsBetter: boolean, scale: Scale, groups: Array<{ suppressed: boolean, citizens: number | null, goals: number | null, goalsMeasured: number | null, goalsAchieved: number | null, meanBaseline: number | null, meanLatest: number | null, meanChange: number | null, improved: number | null, unchanged: number | null, declined: number | null, lifeThemeKey: string | null, serviceType: ServiceType | null, goalType: GoalType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, lifeTheme: { key: string, name: string, nameEn: string } | null }> }, rows: { groups: Array<{ suppressed: boolean, citizens: number | null, goals: number | null, goalsMeasured: number | null, goalsAchieved: number | null, meanBaseline: number | null, meanLatest: number | null, meanChange: number | null, improved: number | null, unchanged: number | null, declined: number | null, lifeThemeKey: string | null, serviceType: ServiceType | null, goalType: GoalType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, lifeTheme: { key: string, name: string, nameEn: string } | null }> }, columns: { groups: Array<{ suppressed: boolean, citizens: number | null, goals: number | null, goalsMeasured: number | null, goalsAchieved: number | null, meanBaseline: number | null, meanLatest: number | null, meanChange: number | null, improved: number | null, unchanged: number | null, declined: number | null, lifeThemeKey: string | null, serviceType: ServiceType | null, goalType: GoalType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, lifeTheme: { key: string, name: string, nameEn: string } | null }>, total: { suppressed: boolean, citizens: number | null, goals: number | null, goalsMeasured: number | null, goalsAchieved: number | null, meanBaseline: number | null, meanLatest: number | null, meanChange: number | null, improved: number | null, unchanged: number | null, declined: number | null, lifeThemeKey: string | null, serviceType: ServiceType | null, goalType: GoalType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, lifeTheme: { key: string, name: string, nameEn: string } | null } } };

export type ProgressionBreakdownQueryVariables = Exact<{
  filter: ProgressionFilter;
  groupBy: Array<ProgressionDimension> | ProgressionDimension;
}>;


export type ProgressionBreakdownQuery = { progression: { higherIsBetter: boolean, scale: Scale, from: string | null, to: string | null, groups: Array<{ suppressed: boolean, citizens: number | null, goals: number | null, goalsMeasured: number | null, goalsAchieved: number | null, meanBaseline: number | null, meanLatest: number | null, meanChange: number | null, improved: number | null, unchanged: number | null, declined: number | null, lifeThemeKey: string | null, serviceType: ServiceType | null, goalType: GoalType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, lifeTheme: { key: string, name: string, nameEn: string } | null }>, total: { suppressed: boolean, citizens: number | null, goals: number | null, goalsMeasured: number | null, goalsAchieved: number | null, meanBaseline: number | null, meanLatest: number | null, meanChange: number | null, improved: number | null, unchanged: number | null, declined: number | null, lifeThemeKey: string | null, serviceType: ServiceType | null, goalType: GoalType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, lifeTheme: { key: string, name: string, nameEn: string } | null } } };

export type TimelinessShareFieldsFragment = { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null };

export type TimelinessGroupFieldsFragment = { serviceType: ServiceType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, statusNotes: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null }, subGoalApprovals: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null }, meetings: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null } };

export type TimelinessOverviewQueryVariables = Exact<{
  filter: TimelinessFilter;
  groupBy: Array<TimelinessDimension> | TimelinessDimension;
}>;


export type TimelinessOverviewQuery = { timeliness: { today: string, total: { serviceType: ServiceType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, statusNotes: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null }, subGoalApprovals: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null }, meetings: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null } }, groups: Array<{ serviceType: ServiceType | null, quarter: string | null, authority: { id: string, name: string } | null, provider: { id: string, name: string } | null, statusNotes: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null }, subGoalApprovals: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null }, meetings: { suppressed: boolean, citizens: number | null, onTime: number | null, late: number | null, total: number | null, share: number | null } }> } };

export type TimelinessLateStatusNotesQueryVariables = Exact<{
  filter: TimelinessFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type TimelinessLateStatusNotesQuery = { timeliness: { lateStatusNotes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, scheduledAt: string, statusDueBy: string, statusNote: { id: string, submittedAt: string } | null, contract: { id: string, serviceType: ServiceType, citizen: { id: string, name: string } | null, authority: { id: string, name: string }, provider: { id: string, name: string } } } }> } | null } };

export type TimelinessLateSubGoalApprovalsQueryVariables = Exact<{
  filter: TimelinessFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type TimelinessLateSubGoalApprovalsQuery = { timeliness: { lateSubGoalApprovals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, serviceType: ServiceType, startDate: string, subGoalsDueBy: string, citizen: { id: string, name: string } | null, authority: { id: string, name: string }, provider: { id: string, name: string } } }> } | null } };

export type TimelinessLateMeetingsQueryVariables = Exact<{
  filter: TimelinessFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type TimelinessLateMeetingsQuery = { timeliness: { lateMeetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: MeetingKind, scheduledAt: string, heldAt: string | null, contract: { id: string, serviceType: ServiceType, citizen: { id: string, name: string } | null, authority: { id: string, name: string }, provider: { id: string, name: string } } } }> } | null } };

export type StatusNotePageQueryVariables = Exact<{
  id: string | number;
}>;


export type StatusNotePageQuery = { node:
    | { id: string, submittedAt: string, dueBy: string, onTime: boolean, recommendation: EffortDecision, providerAssessment: string, remarks: string | null, reviewedWithCitizen: boolean, notReviewedReason: string | null, themeChanges: Array<{ lifeThemeKey: string, description: string, functionalLevel: number | null }>, goalStatuses: Array<{ id: string, attainment: GoalAttainment, how: string | null, citizenView: string | null, professionalView: string | null, scale: Scale | null, score: number | null, goal: { id: string, priority: number, title: string, lifeTheme: { key: string, name: string, nameEn: string } | null, baselineTen: { value: number, measuredAt: string } | null, baselineVum: { value: number, measuredAt: string } | null } }>, meeting: { id: string, scheduledAt: string, heldAt: string | null }, contract: { id: string, authority: { id: string, name: string }, provider: { id: string, name: string }, citizen: { id: string, name: string } | null } }
    | Record<PropertyKey, never>
   | null };

export type UserAccountsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: UserAccountFilter | null | undefined;
}>;


export type UserAccountsQuery = { userAccounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { lockedUntil: string | null, user: { id: string, name: string, email: string, role: Role } } }> } };

export type UnlockUserMutationVariables = Exact<{
  input: UnlockUserInput;
}>;


export type UnlockUserMutation = { unlockUser: { lockedUntil: string | null, user: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type MyDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDeadlinesQuery = { deadlines: Array<{ kind: DeadlineKind, dueDate: string, overdue: boolean, description: string, contract: { id: string, citizen: { id: string, name: string } | null } | null, meeting: { id: string } | null }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, email: string, role: Role, organization: { id: string, name: string, kind: OrganizationKind } } };

export const ApiTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiTokenRowFragment, unknown>;
export const ProgressionGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"citizens"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"goalsMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"meanBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"meanLatest"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"improved"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeThemeKey"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"goalType"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]} as unknown as DocumentNode<ProgressionGroupFieldsFragment, unknown>;
export const TimelinessShareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelinessShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"citizens"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]} as unknown as DocumentNode<TimelinessShareFieldsFragment, unknown>;
export const TimelinessGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelinessGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"statusNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelinessShareFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoalApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelinessShareFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelinessShareFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelinessShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"citizens"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]} as unknown as DocumentNode<TimelinessGroupFieldsFragment, unknown>;
export const CitizensDueForErasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizensDueForErasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizensDueForErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityOn"}},{"kind":"Field","name":{"kind":"Name","value":"erasableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizensDueForErasureQuery, CitizensDueForErasureQueryVariables>;
export const CitizensDueForErasureCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizensDueForErasureCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizensDueForErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CitizensDueForErasureCountQuery, CitizensDueForErasureCountQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditLogPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"userRole"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationType"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"rootFields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"read"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"written"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searches"}},{"kind":"Field","name":{"kind":"Name","value":"errorCodes"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"citizenIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogPageQuery, AuditLogPageQueryVariables>;
export const ChangeNoticesOfContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeNoticesOfContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"consequences"}},{"kind":"Field","name":{"kind":"Name","value":"documentation"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeNoticesOfContractQuery, ChangeNoticesOfContractQueryVariables>;
export const AcknowledgeChangeNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeChangeNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeChangeNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeChangeNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeChangeNoticeMutation, AcknowledgeChangeNoticeMutationVariables>;
export const ReportChangeContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportChangeContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReportChangeContractQuery, ReportChangeContractQueryVariables>;
export const ReportChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReportChangeMutation, ReportChangeMutationVariables>;
export const RevokeConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const CitizenErasureStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenErasureStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastActivityOn"}},{"kind":"Field","name":{"kind":"Name","value":"erasableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"caseOpen"}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"erasable"}}]}}]}}]} as unknown as DocumentNode<CitizenErasureStatusQuery, CitizenErasureStatusQueryVariables>;
export const EraseCitizenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseCitizen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseCitizenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseCitizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EraseCitizenMutation, EraseCitizenMutationVariables>;
export const CitizenFormTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenFormTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}}]}}]}}]} as unknown as DocumentNode<CitizenFormTemplatesQuery, CitizenFormTemplatesQueryVariables>;
export const CitizenInsightLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenInsightLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"userRole"}},{"kind":"Field","name":{"kind":"Name","value":"dataKinds"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"searches"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenInsightLogQuery, CitizenInsightLogQueryVariables>;
export const CitizenInsightLogExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenInsightLogExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenAccessLogExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<CitizenInsightLogExportQuery, CitizenInsightLogExportQueryVariables>;
export const CitizenInsightDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenInsightDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCitizenData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<CitizenInsightDataExportQuery, CitizenInsightDataExportQueryVariables>;
export const CitizenPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"cprMasked"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"}},{"kind":"Field","name":{"kind":"Name","value":"supportPerson"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"documentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goalType"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToCitizenAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenPageQuery, CitizenPageQueryVariables>;
export const CitizensSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizensSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"cprMasked"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizensSearchQuery, CitizensSearchQueryVariables>;
export const GrantConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parties"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const ConsentProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsentProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ConsentProvidersQuery, ConsentProvidersQueryVariables>;
export const CreateCitizenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCitizen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCitizenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCitizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCitizenMutation, CreateCitizenMutationVariables>;
export const AddGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddGoalMutation, AddGoalMutationVariables>;
export const ContractPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentTool"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"subGoalsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"goalRationale"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}},{"kind":"Field","name":{"kind":"Name","value":"toBeSentToCitizen"}},{"kind":"Field","name":{"kind":"Name","value":"reportingForms"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}},{"kind":"Field","name":{"kind":"Name","value":"cprMasked"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measurableCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"goalType"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeComment"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToCitizenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"changeNotices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"consequences"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ContractPageQuery, ContractPageQueryVariables>;
export const SignContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toBeSentToCitizen"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentToCitizenAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SignContractMutation, SignContractMutationVariables>;
export const ContractsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"documentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractsListQuery, ContractsListQueryVariables>;
export const ContractTermsLifeThemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractTermsLifeThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ContractTermsLifeThemesQuery, ContractTermsLifeThemesQueryVariables>;
export const UpdateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentTool"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDate"}},{"kind":"Field","name":{"kind":"Name","value":"subGoalsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"goalRationale"}},{"kind":"Field","name":{"kind":"Name","value":"dischargeCriteria"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodDays"}},{"kind":"Field","name":{"kind":"Name","value":"reportingForms"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContractMutation, UpdateContractMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measurableCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"goalType"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"smart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const NewContractChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewContractChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<NewContractChoicesQuery, NewContractChoicesQueryVariables>;
export const CreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateContractMutation, CreateContractMutationVariables>;
export const ProposeSubGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeSubGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeSubGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeSubGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeSubGoalMutation, ProposeSubGoalMutationVariables>;
export const DecideSubGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSubGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSubGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSubGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subGoal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"approval"}},{"kind":"Field","name":{"kind":"Name","value":"decisionComment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DecideSubGoalMutation, DecideSubGoalMutationVariables>;
export const TerminateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"terminationReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TerminateContractMutation, TerminateContractMutationVariables>;
export const CompleteFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetingAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentVersion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMeeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteFollowUpMutation, CompleteFollowUpMutationVariables>;
export const RecordInvitationReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInvitationReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInvitationReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInvitationReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participantIndex"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInvitationReplyMutation, RecordInvitationReplyMutationVariables>;
export const MeetingFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingForms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingFormsQuery, MeetingFormsQueryVariables>;
export const MeetingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"templateKey"},"value":{"kind":"StringValue","value":"meeting-invitation","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingInvitationsQuery, MeetingInvitationsQueryVariables>;
export const MeetingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationReplies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"participantIndex"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planningStartBy"}},{"kind":"Field","name":{"kind":"Name","value":"statusDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetingAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeThemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measurableCriterion"}},{"kind":"Field","name":{"kind":"Name","value":"goalType"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingPageQuery, MeetingPageQueryVariables>;
export const PlanFollowUpContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanFollowUpContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedFollowUps"}}]}}]}}]} as unknown as DocumentNode<PlanFollowUpContractQuery, PlanFollowUpContractQueryVariables>;
export const ScheduleFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleFollowUpMutation, ScheduleFollowUpMutationVariables>;
export const FormResponsePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormResponsePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Citizen"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cpr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FormResponsePageQuery, FormResponsePageQueryVariables>;
export const FormResponseLatestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormResponseLatest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<FormResponseLatestQuery, FormResponseLatestQueryVariables>;
export const SaveFormDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFormDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveFormResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFormResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SaveFormDraftMutation, SaveFormDraftMutationVariables>;
export const SubmitFormResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFormResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFormResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFormResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"derived"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitFormResponseMutation, SubmitFormResponseMutationVariables>;
export const FormProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<FormProvidersQuery, FormProvidersQueryVariables>;
export const FormResponsesOfSubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FormResponsesOfSubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FormResponsesOfSubjectQuery, FormResponsesOfSubjectQueryVariables>;
export const StartFormResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartFormResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveFormResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFormResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<StartFormResponseMutation, StartFormResponseMutationVariables>;
export const CitizenRadarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenRadar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"oneToTenBaseline"},"name":{"kind":"Name","value":"baseline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scale"},"value":{"kind":"EnumValue","value":"ONE_TO_TEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"oneToTenLatest"},"name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scale"},"value":{"kind":"EnumValue","value":"ONE_TO_TEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"vumBaseline"},"name":{"kind":"Name","value":"baseline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scale"},"value":{"kind":"EnumValue","value":"VUM_0_4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"vumLatest"},"name":{"kind":"Name","value":"latest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scale"},"value":{"kind":"EnumValue","value":"VUM_0_4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenRadarQuery, CitizenRadarQueryVariables>;
export const ProgressionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byProvider"},"name":{"kind":"Name","value":"progression"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROVIDER"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byAuthority"},"name":{"kind":"Name","value":"progression"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AUTHORITY"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgressionOptionsQuery, ProgressionOptionsQueryVariables>;
export const ProgressionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressionFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rowBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressionDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"cells"},"name":{"kind":"Name","value":"progression"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"rowBy"}},{"kind":"EnumValue","value":"LIFE_THEME"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressionGroupFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"rows"},"name":{"kind":"Name","value":"progression"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"rowBy"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressionGroupFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"columns"},"name":{"kind":"Name","value":"progression"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LIFE_THEME"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressionGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressionGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"citizens"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"goalsMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"meanBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"meanLatest"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"improved"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeThemeKey"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"goalType"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]} as unknown as DocumentNode<ProgressionOverviewQuery, ProgressionOverviewQueryVariables>;
export const ProgressionBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressionBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressionFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressionDimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progression"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressionGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressionGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressionGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"citizens"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"goalsMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"goalsAchieved"}},{"kind":"Field","name":{"kind":"Name","value":"meanBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"meanLatest"}},{"kind":"Field","name":{"kind":"Name","value":"meanChange"}},{"kind":"Field","name":{"kind":"Name","value":"improved"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifeThemeKey"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"goalType"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]} as unknown as DocumentNode<ProgressionBreakdownQuery, ProgressionBreakdownQueryVariables>;
export const TimelinessOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinessOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessDimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelinessGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelinessGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelinessShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessShare"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"citizens"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelinessGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"statusNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelinessShareFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subGoalApprovals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelinessShareFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelinessShareFields"}}]}}]}}]} as unknown as DocumentNode<TimelinessOverviewQuery, TimelinessOverviewQueryVariables>;
export const TimelinessLateStatusNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinessLateStatusNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateStatusNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelinessLateStatusNotesQuery, TimelinessLateStatusNotesQueryVariables>;
export const TimelinessLateSubGoalApprovalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinessLateSubGoalApprovals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateSubGoalApprovals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"subGoalsDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelinessLateSubGoalApprovalsQuery, TimelinessLateSubGoalApprovalsQueryVariables>;
export const TimelinessLateMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimelinessLateMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TimelinessFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lateMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimelinessLateMeetingsQuery, TimelinessLateMeetingsQueryVariables>;
export const StatusNotePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusNotePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"providerAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"remarks"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedWithCitizen"}},{"kind":"Field","name":{"kind":"Name","value":"notReviewedReason"}},{"kind":"Field","name":{"kind":"Name","value":"themeChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifeThemeKey"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"functionalLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attainment"}},{"kind":"Field","name":{"kind":"Name","value":"how"}},{"kind":"Field","name":{"kind":"Name","value":"citizenView"}},{"kind":"Field","name":{"kind":"Name","value":"professionalView"}},{"kind":"Field","name":{"kind":"Name","value":"scale"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"goal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lifeTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"baselineTen"},"name":{"kind":"Name","value":"baseline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scale"},"value":{"kind":"EnumValue","value":"ONE_TO_TEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"baselineVum"},"name":{"kind":"Name","value":"baseline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scale"},"value":{"kind":"EnumValue","value":"VUM_0_4"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StatusNotePageQuery, StatusNotePageQueryVariables>;
export const UserAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserAccountFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserAccountsQuery, UserAccountsQueryVariables>;
export const UnlockUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlockUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlockUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UnlockUserMutation, UnlockUserMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const MyDeadlinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"IntValue","value":"56"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MyDeadlinesQuery, MyDeadlinesQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;