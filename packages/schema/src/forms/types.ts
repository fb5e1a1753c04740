import type { LocalizedText } from '../vocab/text.js';

/*
 * The form definition language. Definitions are plain JSON-serialisable data: the browser renders them,
 * the server validates answers against them with the same `validateResponse`, and both compute the same
 * derived values. Nothing here depends on React, TypeORM or GraphQL.
 */

/** Who fills an item. Others see it read-only. */
export type FormRole = 'AUTHORITY' | 'PROVIDER' | 'CITIZEN' | 'MEETING_KEEPER';

/** Item ids are unique within a definition (also inside groups and tables), written in camelCase. */
export type ItemId = string;

/**
 * Show an item only when another answer meets the condition. `item` names an item by id; inside a
 * repeating group, a sibling in the same entry is meant first, else an item outside the group.
 */
export interface Condition {
  item: ItemId;
  operator: 'exists' | 'notExists' | 'equals' | 'notEquals' | 'includes' | 'greaterThan' | 'lessThan';
  /** The value compared with; not used by exists/notExists. */
  value?: string | number | boolean;
}

/**
 * Ties an item to a structured column, so that submitting writes rows (Contract, Goal, StatusNote,
 * Measurement) instead of leaving data only in JSON. The target names a field of the API's input type,
 * e.g. 'contract.purpose', 'goal.title', 'statusNote.providerAssessment', 'goalStatus.score'.
 */
export interface Binding {
  target: BindingTarget;
}

/**
 * The structured fields a form can write. Choice options bound to an enum use the API's enum values
 * (e.g. goalType DEVELOP | MAINTAIN | LIMIT_LOSS, recommendation CONTINUE | CHANGE | END).
 * A group bound to 'contract.goals', 'statusNote.goalStatuses' or 'statusNote.themeChanges' holds
 * children bound to 'goal.*', 'goalStatus.*' and 'themeChange.*' respectively.
 */
export const BINDING_TARGETS = [
  'contract.serviceType',
  'contract.startDate',
  'contract.assessmentTool',
  'contract.lifeThemeKeys',
  'contract.purpose',
  'contract.goals',
  'contract.goalRationale',
  'contract.nextFollowUpDate',
  'contract.reportingForms',
  'contract.participants',
  'contract.priceAmount',
  'contract.priceUnit',
  'contract.noticePeriodDays',
  'contract.dischargeCriteria',
  'goal.lifeThemeKey',
  'goal.goalType',
  'goal.title',
  'goal.measurableCriterion',
  'goal.deadline',
  'statusNote.reviewedWithCitizen',
  'statusNote.notReviewedReason',
  'statusNote.providerAssessment',
  'statusNote.themeChanges',
  'statusNote.remarks',
  'statusNote.recommendation',
  'statusNote.goalStatuses',
  'themeChange.lifeThemeKey',
  'themeChange.description',
  'themeChange.functionalLevel',
  'goalStatus.goalId',
  'goalStatus.attainment',
  'goalStatus.how',
  'goalStatus.citizenView',
  'goalStatus.professionalView',
  'goalStatus.score',
  'changeNotice.description',
  'changeNotice.consequences',
  'changeNotice.documentation',
] as const;

export type BindingTarget = (typeof BINDING_TARGETS)[number];

interface ItemBase {
  id: ItemId;
  label: LocalizedText;
  /** Guidance shown under the label. */
  help?: LocalizedText;
  required?: boolean;
  /** Shown (and validated) only when the conditions hold; hidden items must have no answer. */
  enableWhen?: Condition[];
  /** 'all' (default) or 'any' of enableWhen. */
  enableBehavior?: 'all' | 'any';
  /** Roles that fill this item; when absent it inherits from its section, then the definition. */
  filledBy?: FormRole[];
  binding?: Binding;
  /**
   * Pre-filled by the server (e.g. a Goal's global ID in a status note's goal entry) and shown read-only;
   * nobody types it, and the server keeps the value it filled in.
   */
  readOnly?: boolean;
}

export interface TextItem extends ItemBase {
  type: 'text' | 'longText';
  minLength?: number;
  /** Defaults to 500 for text and 20,000 for longText. */
  maxLength?: number;
}

export interface YesNoItem extends ItemBase {
  type: 'yesNo';
}

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

export interface SingleChoiceItem extends ItemBase {
  type: 'singleChoice';
  options: ChoiceOption[];
}

export interface MultipleChoiceItem extends ItemBase {
  type: 'multipleChoice';
  options: ChoiceOption[];
  minSelected?: number;
  maxSelected?: number;
}

export interface DateItem extends ItemBase {
  type: 'date';
  /** 'YYYY-MM-DD', or 'today' for the context's date. */
  min?: string;
  max?: string;
}

export interface NumberItem extends ItemBase {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
  unit?: LocalizedText;
}

export interface ScaleItem extends ItemBase {
  type: 'scale';
  min: number;
  max: number;
  /** Default 1. */
  step?: number;
  minLabel: LocalizedText;
  maxLabel: LocalizedText;
  /** Labels of single steps, e.g. the VUM 0-4 level names. */
  stepLabels?: { value: number; label: LocalizedText }[];
}

export interface LifeThemeItem extends ItemBase {
  type: 'lifeTheme';
  multiple?: boolean;
  minSelected?: number;
  maxSelected?: number;
}

/** A list of people: { name, role, organization? }. */
export interface ParticipantsItem extends ItemBase {
  type: 'participants';
  minCount?: number;
  maxCount?: number;
}

/** A signature: { name, role, date }. */
export interface SignatureItem extends ItemBase {
  type: 'signature';
}

/** A repeating group: an array of entries, each answering `items` (e.g. goals 1 to 3). */
export interface GroupItem extends ItemBase {
  type: 'group';
  items: FormItem[];
  minCount: number;
  maxCount: number;
  /** Label of one entry, e.g. "Mål"; numbered by the renderer. */
  entryLabel?: LocalizedText;
}

/** A fixed table: one row per statement, the same simple columns in each (e.g. 9 statements with a comment each). */
export interface TableItem extends ItemBase {
  type: 'table';
  rows: { id: string; label: LocalizedText }[];
  columns: TableColumn[];
}

export type TableColumn = TextItem | YesNoItem | SingleChoiceItem | NumberItem | ScaleItem | DateItem;

/** Data of the response's subject that a display item can show (never stored in the answers). */
export type SubjectField = 'citizen.name' | 'citizen.cpr';

/** Text shown to the person filling the form; it takes no answer. */
export interface DisplayItem extends Omit<ItemBase, 'required' | 'binding'> {
  type: 'display';
  text: LocalizedText;
  /**
   * Show this field of the subject (e.g. the citizen's name or CPR number, masked as the API masks it for
   * the viewer) beside the text; the renderer reads it from the subject, the answers never hold it.
   */
  subjectField?: SubjectField;
}

export type FormItem =
  | TextItem
  | YesNoItem
  | SingleChoiceItem
  | MultipleChoiceItem
  | DateItem
  | NumberItem
  | ScaleItem
  | LifeThemeItem
  | ParticipantsItem
  | SignatureItem
  | GroupItem
  | TableItem
  | DisplayItem;

export type ItemType = FormItem['type'];

export interface FormSection {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  items: FormItem[];
  filledBy?: FormRole[];
  enableWhen?: Condition[];
  enableBehavior?: 'all' | 'any';
}

/** Names of the pure functions in forms/derived that compute values from a response. */
export type DerivedKey = 'complexityRecommendation' | 'goalSmartness' | 'followUpDates';

export interface FormDefinition {
  /** Stable key, e.g. 'contract-checklist'. */
  key: string;
  /** Starts at 1; a published change is a new version. */
  version: number;
  title: LocalizedText;
  description?: LocalizedText;
  /** The seed the form comes from, e.g. 'Midtjylland: Tjekliste til kontrakt'. */
  source: string;
  /** What a response is about. */
  subject: 'CITIZEN' | 'CONTRACT' | 'MEETING';
  /** Default filler for items that say nothing. */
  filledBy: FormRole[];
  sections: FormSection[];
  derived?: DerivedKey[];
}

/* ---------- Answers ---------- */

export interface ParticipantAnswer {
  name: string;
  role: string;
  organization?: string | null;
}

export interface SignatureAnswer {
  name: string;
  role: string;
  date: string;
}

/**
 * Answers are keyed by item id, flat across sections. A group's answer is an array of entries, each
 * keyed by its child item ids; a table's answer is { [rowId]: { [columnId]: value } }.
 */
export type AnswerValue =
  | string
  | number
  | boolean
  | string[]
  | ParticipantAnswer[]
  | SignatureAnswer
  | Answers[]
  | Record<string, Answers>
  | null;

export interface Answers {
  [itemId: string]: AnswerValue | undefined;
}

export interface ValidationContext {
  /** 'draft' accepts missing required answers (autosave); 'submit' wants everything required. */
  mode: 'draft' | 'submit';
  /** The date 'today' means, 'YYYY-MM-DD'. */
  today: string;
  /** The role filling the form; answers to items filled by other roles are refused when given. */
  role?: FormRole;
  /** Allowed life theme keys (e.g. the contract's, or an authority's own set); default the 11 VUM themes. */
  lifeThemeKeys?: readonly string[];
  /**
   * The answers stored before this save (added by the engine). With `role`, answers to items other roles
   * fill may be sent back unchanged: NOT_YOURS is reported only where they differ from these. Without
   * `previous`, any answer to another role's item is NOT_YOURS.
   */
  previous?: Answers | null;
}

export type IssueCode =
  | 'REQUIRED'
  | 'UNKNOWN_ITEM'
  | 'WRONG_TYPE'
  | 'TOO_SHORT'
  | 'TOO_LONG'
  | 'OUT_OF_RANGE'
  | 'NOT_AN_OPTION'
  | 'INVALID_DATE'
  | 'TOO_FEW'
  | 'TOO_MANY'
  | 'HIDDEN_ANSWERED'
  | 'NOT_YOURS';

export interface ValidationIssue {
  /** Path of the item: ['goals', 1, 'deadline'] or ['statements', 'row3', 'comment']. */
  path: (string | number)[];
  code: IssueCode;
  message: LocalizedText;
}
