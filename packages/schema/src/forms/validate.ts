import { LIMITS } from '../limits.js';
import { VUM_LIFE_THEMES } from '../vocab/life-themes.js';
import type { LocalizedText } from '../vocab/text.js';
import { isEmptyAnswer, isPlainObject, own, sameAnswer } from './answer-values.js';
import { type AnswerScope, ConditionEvaluator, childScope } from './conditions.js';
import { messages } from './messages.js';
import { FORM_ROLES, type ItemNode, indexDefinition } from './traverse.js';
import type {
  DateItem,
  FormDefinition,
  FormRole,
  IssueCode,
  LifeThemeItem,
  MultipleChoiceItem,
  NumberItem,
  ParticipantsItem,
  ScaleItem,
  TextItem,
  ValidationContext,
  ValidationIssue,
} from './types.js';

/** Default maximum lengths of text items. */
export const DEFAULT_MAX_LENGTH = { text: LIMITS.shortTextLength, longText: LIMITS.longTextLength } as const;

/** Lists without a maximum of their own (participants, choices) are cut off here. */
const MAX_LIST = 1000;

const VUM_KEYS: ReadonlySet<string> = new Set(VUM_LIFE_THEMES.map((theme) => theme.key));
const lifeThemeSets = new WeakMap<readonly string[], ReadonlySet<string>>();

type Path = readonly (string | number)[];

interface Run {
  issues: ValidationIssue[];
  submit: boolean;
  today: string | null;
  role: FormRole | null;
  /** Answers stored before this save; with `role`, other roles' answers must be unchanged from these. */
  previous: Record<string, unknown> | null;
  lifeThemes: ReadonlySet<string>;
  evaluator: ConditionEvaluator;
}

/**
 * Checks a response against its definition and returns every issue, each with the path of the answer and
 * a Danish and English message; an empty list means the answers are acceptable.
 *
 * - Completeness issues (REQUIRED, TOO_FEW, TOO_SHORT) are reported in 'submit' mode only; 'draft' mode
 *   accepts unfinished answers but reports everything that is wrong.
 * - Answers to unknown ids are UNKNOWN_ITEM; answers to hidden items HIDDEN_ANSWERED; with `context.role`,
 *   answers to items other roles fill are NOT_YOURS (with `context.previous`, only when they differ from it).
 * - null, an absent key, a blank string and an empty list all mean "no answer"; `answers` itself may be null.
 *
 * Never throws, whatever it is given.
 */
export function validateResponse(
  definition: FormDefinition,
  answers: unknown,
  context: ValidationContext,
): ValidationIssue[] {
  try {
    return run(definition, answers, context);
  } catch {
    return [{ path: [], code: 'WRONG_TYPE', message: messages.unreadable() }];
  }
}

function run(definition: FormDefinition, answers: unknown, context: ValidationContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (answers === undefined || answers === null) answers = {};
  if (!isPlainObject(answers)) {
    issues.push({ path: [], code: 'WRONG_TYPE', message: messages.answersNotObject() });
    return issues;
  }
  const index = indexDefinition(definition);
  const ctx: Partial<ValidationContext> = isPlainObject(context) ? context : {};
  const previous = (ctx as { previous?: unknown }).previous;
  const state: Run = {
    issues,
    submit: ctx.mode !== 'draft',
    today: typeof ctx.today === 'string' && isCalendarDate(ctx.today) ? ctx.today : null,
    role: FORM_ROLES.includes(ctx.role as FormRole) ? (ctx.role as FormRole) : null,
    previous: isPlainObject(previous) ? previous : null,
    lifeThemes: lifeThemeSet(ctx.lifeThemeKeys),
    evaluator: new ConditionEvaluator(index, answers),
  };
  for (const key in answers) {
    if (Object.hasOwn(answers, key) && !index.topLevel.has(key)) issue(state, [], key, 'UNKNOWN_ITEM', messages.unknownItem());
  }
  const root = state.evaluator.root;
  for (const section of index.sections) {
    const shown = state.evaluator.sectionEnabled(section);
    for (const node of section.items) {
      if (index.topLevel.get(node.id) !== node) continue; // a repeated id: checkDefinition reports it
      checkItem(state, node, own(answers, node.id), [], root, shown, state.previous ? own(state.previous, node.id) : undefined);
    }
  }
  return issues;
}

function lifeThemeSet(keys: unknown): ReadonlySet<string> {
  if (!Array.isArray(keys)) return VUM_KEYS;
  let set = lifeThemeSets.get(keys);
  if (!set) {
    set = new Set(keys.filter((key): key is string => typeof key === 'string'));
    lifeThemeSets.set(keys, set);
  }
  return set;
}

function issue(state: Run, prefix: Path, last: string | number | null, code: IssueCode, message: LocalizedText): void {
  const path = last === null ? [...prefix] : [...prefix, last];
  state.issues.push({ path, code, message });
}

/**
 * Checks one item's answer. `prefix` is the path of the entry or row holding it ([] at the top level);
 * `shown` whether everything around it is shown; `previous` its stored answer, if any.
 */
function checkItem(
  state: Run,
  node: ItemNode,
  value: unknown,
  prefix: Path,
  scope: AnswerScope,
  shown: boolean,
  previous: unknown,
): void {
  const empty = isEmptyAnswer(node, value);
  if (!shown || !state.evaluator.itemEnabled(node, scope)) {
    if (!empty) issue(state, prefix, node.id, 'HIDDEN_ANSWERED', messages.hidden());
    return;
  }
  const role = state.role;
  if (role !== null && !node.filledBy.includes(role)) {
    const container = node.item.type === 'group' || node.item.type === 'table';
    if (!container || !node.subtreeRoles.has(role)) {
      const changed = state.previous ? !sameAnswer(node, value, previous) : !empty;
      if (changed) {
        issue(state, prefix, node.id, 'NOT_YOURS', messages.notYours(node.filledBy));
        return;
      }
    } else if (node.item.type === 'group' && state.previous && !sameLength(value, previous)) {
      // Entries of another role's group may be filled in, but not added or removed.
      issue(state, prefix, node.id, 'NOT_YOURS', messages.notYours(node.filledBy));
      return;
    }
  }
  if (empty) {
    if (state.submit && (node.item as { required?: unknown }).required === true && node.item.type !== 'display') {
      issue(state, prefix, node.id, 'REQUIRED', messages.required());
    }
    return;
  }
  checkValue(state, node, value, prefix, scope, previous);
}

function sameLength(value: unknown, previous: unknown): boolean {
  const a = Array.isArray(value) ? value.length : 0;
  const b = Array.isArray(previous) ? previous.length : 0;
  return a === b;
}

function checkValue(state: Run, node: ItemNode, value: unknown, prefix: Path, scope: AnswerScope, previous: unknown): void {
  const item = node.item;
  const id = node.id;
  switch (item.type) {
    case 'text':
    case 'longText':
      checkText(state, item, value, prefix, id);
      return;
    case 'yesNo':
      if (typeof value !== 'boolean') issue(state, prefix, id, 'WRONG_TYPE', messages.notYesNo());
      return;
    case 'singleChoice':
      if (typeof value !== 'string') issue(state, prefix, id, 'WRONG_TYPE', messages.notChoice());
      else if (!node.options?.has(value)) issue(state, prefix, id, 'NOT_AN_OPTION', messages.notChoiceOption());
      return;
    case 'multipleChoice':
      checkChoices(state, item, value, prefix, id, node.options ?? new Set(), messages.notChoiceOption);
      return;
    case 'date':
      checkDate(state, item, value, prefix, id);
      return;
    case 'number':
      checkNumber(state, item, value, prefix, id);
      return;
    case 'scale':
      checkScale(state, item, value, prefix, id);
      return;
    case 'lifeTheme':
      checkLifeTheme(state, item, value, prefix, id);
      return;
    case 'participants':
      checkParticipants(state, item, value, prefix, id);
      return;
    case 'signature':
      checkSignature(state, value, prefix, id);
      return;
    case 'group':
      checkGroup(state, node, value, prefix, scope, previous);
      return;
    case 'table':
      checkTable(state, node, value, prefix, scope, previous);
      return;
    default:
      // display items, and types this engine does not know, take no answer.
      issue(state, prefix, id, 'WRONG_TYPE', messages.noAnswer());
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date written YYYY-MM-DD; the same answer as domain/dates isIsoDate, without a regex or a Date. */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function checkText(state: Run, item: TextItem, value: unknown, prefix: Path, id: string): void {
  if (typeof value !== 'string') {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notText());
    return;
  }
  const max = finite(item.maxLength) ? item.maxLength : DEFAULT_MAX_LENGTH[item.type === 'longText' ? 'longText' : 'text'];
  if (value.length > max) issue(state, prefix, id, 'TOO_LONG', messages.tooLong(max));
  else if (state.submit && finite(item.minLength) && value.length < item.minLength) {
    issue(state, prefix, id, 'TOO_SHORT', messages.tooShort(item.minLength));
  }
}

/** A list of distinct strings from `allowed`, with min/max counts. Used by multiple choice and life themes. */
function checkChoices(
  state: Run,
  item: MultipleChoiceItem | LifeThemeItem,
  value: unknown,
  prefix: Path,
  id: string,
  allowed: ReadonlySet<string>,
  notAllowed: () => LocalizedText,
): void {
  if (!Array.isArray(value)) {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notList());
    return;
  }
  const max = finite(item.maxSelected) ? item.maxSelected : MAX_LIST;
  if (value.length > max || value.length > MAX_LIST) {
    issue(state, prefix, id, 'TOO_MANY', messages.tooMany(Math.min(max, MAX_LIST)));
    if (value.length > MAX_LIST) return;
  }
  let wrongType = false;
  let unknown = false;
  let duplicate = false;
  for (let i = 0; i < value.length; i += 1) {
    const choice = value[i];
    if (typeof choice !== 'string') wrongType = true;
    else if (!allowed.has(choice)) unknown = true;
    else if (!duplicate && value.indexOf(choice) !== i) duplicate = true;
  }
  if (wrongType) issue(state, prefix, id, 'WRONG_TYPE', messages.notChoice());
  if (duplicate) issue(state, prefix, id, 'WRONG_TYPE', messages.duplicate());
  if (unknown) issue(state, prefix, id, 'NOT_AN_OPTION', notAllowed());
  if (state.submit && finite(item.minSelected) && value.length < item.minSelected) {
    issue(state, prefix, id, 'TOO_FEW', messages.tooFew(item.minSelected));
  }
}

function checkLifeTheme(state: Run, item: LifeThemeItem, value: unknown, prefix: Path, id: string): void {
  if (item.multiple === true) {
    checkChoices(state, item, value, prefix, id, state.lifeThemes, messages.notLifeTheme);
  } else if (typeof value !== 'string') {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notChoice());
  } else if (!state.lifeThemes.has(value)) {
    issue(state, prefix, id, 'NOT_AN_OPTION', messages.notLifeTheme());
  }
}

/** 'today' means the context's date; a bound that is no date is ignored. */
function dateBound(state: Run, bound: unknown): string | undefined {
  if (bound === 'today') return state.today ?? undefined;
  return typeof bound === 'string' && isCalendarDate(bound) ? bound : undefined;
}

function checkDate(state: Run, item: DateItem, value: unknown, prefix: Path, id: string): void {
  if (typeof value !== 'string') {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notText());
    return;
  }
  if (!isCalendarDate(value)) {
    issue(state, prefix, id, 'INVALID_DATE', messages.invalidDate());
    return;
  }
  const min = dateBound(state, item.min);
  const max = dateBound(state, item.max);
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    issue(state, prefix, id, 'OUT_OF_RANGE', messages.dateRange(min, max));
  }
}

function checkNumber(state: Run, item: NumberItem, value: unknown, prefix: Path, id: string): void {
  if (!finite(value)) {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notNumber());
    return;
  }
  if (item.integer === true && !Number.isInteger(value)) {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notInteger());
    return;
  }
  const min = finite(item.min) ? item.min : undefined;
  const max = finite(item.max) ? item.max : undefined;
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    issue(state, prefix, id, 'OUT_OF_RANGE', messages.numberRange(min, max));
  }
}

function checkScale(state: Run, item: ScaleItem, value: unknown, prefix: Path, id: string): void {
  if (!finite(value)) {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notNumber());
    return;
  }
  const min = finite(item.min) ? item.min : 0;
  const max = finite(item.max) ? item.max : min;
  const step = finite(item.step) && item.step > 0 ? item.step : 1;
  const steps = (value - min) / step;
  if (value < min || value > max || Math.abs(steps - Math.round(steps)) > 1e-9) {
    issue(state, prefix, id, 'OUT_OF_RANGE', messages.scaleRange(min, max, step));
  }
}

/** Checks a short text field of a structured answer (a participant, a signature). */
function checkField(state: Run, record: Record<string, unknown>, field: string, prefix: Path, optional: boolean): void {
  const value = own(record, field);
  if (value === undefined || value === null || (typeof value === 'string' && !/\S/.test(value))) {
    if (!optional && state.submit) issue(state, prefix, field, 'REQUIRED', messages.required());
  } else if (typeof value !== 'string') {
    issue(state, prefix, field, 'WRONG_TYPE', messages.notText());
  } else if (value.length > LIMITS.nameLength) {
    issue(state, prefix, field, 'TOO_LONG', messages.tooLong(LIMITS.nameLength));
  }
}

function unknownKeys(state: Run, record: Record<string, unknown>, known: ReadonlySet<string>, prefix: Path): void {
  for (const key in record) if (Object.hasOwn(record, key) && !known.has(key)) issue(state, prefix, key, 'UNKNOWN_ITEM', messages.unknownItem());
}

const PARTICIPANT_FIELDS: ReadonlySet<string> = new Set(['name', 'role', 'organization']);
const SIGNATURE_FIELDS: ReadonlySet<string> = new Set(['name', 'role', 'date']);

function checkParticipants(state: Run, item: ParticipantsItem, value: unknown, prefix: Path, id: string): void {
  if (!Array.isArray(value)) {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notList());
    return;
  }
  const max = Math.min(finite(item.maxCount) ? item.maxCount : LIMITS.maxListItems, MAX_LIST);
  if (value.length > max) {
    issue(state, prefix, id, 'TOO_MANY', messages.tooMany(max));
    if (value.length > MAX_LIST) return;
  }
  if (state.submit && finite(item.minCount) && value.length < item.minCount) issue(state, prefix, id, 'TOO_FEW', messages.tooFew(item.minCount));
  const base = [...prefix, id];
  for (let i = 0; i < value.length; i += 1) {
    const person = value[i];
    if (!isPlainObject(person)) {
      issue(state, base, i, 'WRONG_TYPE', messages.notEntry());
      continue;
    }
    const at = [...base, i];
    unknownKeys(state, person, PARTICIPANT_FIELDS, at);
    checkField(state, person, 'name', at, false);
    checkField(state, person, 'role', at, false);
    checkField(state, person, 'organization', at, true);
  }
}

function checkSignature(state: Run, value: unknown, prefix: Path, id: string): void {
  if (!isPlainObject(value)) {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notEntry());
    return;
  }
  const at = [...prefix, id];
  unknownKeys(state, value, SIGNATURE_FIELDS, at);
  checkField(state, value, 'name', at, false);
  checkField(state, value, 'role', at, false);
  const date = own(value, 'date');
  if (date === undefined || date === null || (typeof date === 'string' && !/\S/.test(date))) {
    if (state.submit) issue(state, at, 'date', 'REQUIRED', messages.required());
  } else if (typeof date !== 'string') {
    issue(state, at, 'date', 'WRONG_TYPE', messages.notText());
  } else if (!isCalendarDate(date)) {
    issue(state, at, 'date', 'INVALID_DATE', messages.invalidDate());
  }
}

function checkGroup(state: Run, node: ItemNode, value: unknown, prefix: Path, scope: AnswerScope, previous: unknown): void {
  const id = node.id;
  if (!Array.isArray(value)) {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notList());
    return;
  }
  const item = node.item as { minCount?: unknown; maxCount?: unknown };
  const max = Math.min(finite(item.maxCount) ? item.maxCount : LIMITS.maxListItems, MAX_LIST);
  if (value.length > max) issue(state, prefix, id, 'TOO_MANY', messages.tooMany(max));
  if (state.submit && finite(item.minCount) && value.length < item.minCount) issue(state, prefix, id, 'TOO_FEW', messages.tooFew(item.minCount));
  // Entries past the maximum are refused as a whole (TOO_MANY) and not checked one by one.
  const count = Math.min(value.length, max);
  const base = [...prefix, id];
  for (let i = 0; i < count; i += 1) {
    const entry = value[i];
    if (!isPlainObject(entry)) {
      issue(state, base, i, 'WRONG_TYPE', messages.notEntry());
      continue;
    }
    const at = [...base, i];
    for (const key in entry) {
      if (Object.hasOwn(entry, key) && !node.childById.has(key)) issue(state, at, key, 'UNKNOWN_ITEM', messages.unknownItem());
    }
    const inner = childScope(id, entry, scope);
    const previousEntry = Array.isArray(previous) ? previous[i] : undefined;
    for (const child of node.children) {
      if (node.childById.get(child.id) !== child) continue;
      checkItem(state, child, own(entry, child.id), at, inner, true, own(previousEntry, child.id));
    }
  }
}

function checkTable(state: Run, node: ItemNode, value: unknown, prefix: Path, scope: AnswerScope, previous: unknown): void {
  const id = node.id;
  if (!isPlainObject(value)) {
    issue(state, prefix, id, 'WRONG_TYPE', messages.notEntry());
    return;
  }
  const base = [...prefix, id];
  for (const rowId in value) {
    if (Object.hasOwn(value, rowId) && !node.rowIdSet.has(rowId)) issue(state, base, rowId, 'UNKNOWN_ITEM', messages.unknownItem());
  }
  for (const rowId of node.rowIds) {
    const row = own(value, rowId);
    if (row !== undefined && row !== null && !isPlainObject(row)) {
      issue(state, base, rowId, 'WRONG_TYPE', messages.notEntry());
      continue;
    }
    const at = [...base, rowId];
    if (row) {
      for (const key in row) {
        if (Object.hasOwn(row, key) && !node.childById.has(key)) issue(state, at, key, 'UNKNOWN_ITEM', messages.unknownItem());
      }
    }
    const inner = childScope(id, row, scope);
    const previousRow = own(previous, rowId);
    for (const column of node.children) {
      if (node.childById.get(column.id) !== column) continue;
      checkItem(state, column, own(row, column.id), at, inner, true, own(previousRow, column.id));
    }
  }
}
