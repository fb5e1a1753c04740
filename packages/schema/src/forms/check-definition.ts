import { isIsoDate } from '../domain/dates.js';
import type { LocalizedText } from '../vocab/text.js';
import { isPlainObject } from './answer-values.js';
import { FORM_ROLES } from './traverse.js';
import { SERVICE_TYPE_KEYS } from '../vocab/service-types.js';
import { BINDING_TARGETS, type BindingTarget, type DerivedKey, type FormDefinition } from './types.js';

/** What can be wrong with a definition itself. */
export type DefinitionProblemCode =
  /** A field is missing or has a value of the wrong kind or outside its vocabulary. */
  | 'INVALID'
  /** Two items (anywhere, also in groups and tables), two sections, two rows of a table or two options share an id/value. */
  | 'DUPLICATE'
  /** A condition names no item of the definition. */
  | 'UNKNOWN_CONDITION_ITEM'
  /** A condition names an item it cannot see (inside another group or table), itself, or closes a cycle. */
  | 'BAD_CONDITION'
  /** A choice without options, a group without items, a table without rows or columns. */
  | 'EMPTY'
  /** A minimum above its maximum, a negative count, a scale step that is not positive. */
  | 'BAD_RANGE'
  /** A binding target not in BINDING_TARGETS, or used where it does not belong (goal.* outside contract.goals). */
  | 'BAD_BINDING'
  /** A derived value whose input items are missing. */
  | 'DERIVED_INPUT';

export interface DefinitionProblem {
  /** Where in the definition: ['sections', 2, 'items', 0, 'options']. */
  path: (string | number)[];
  /** The item concerned, when there is one. */
  itemId?: string;
  code: DefinitionProblemCode;
  message: LocalizedText;
}

const ITEM_TYPES = new Set([
  'text', 'longText', 'yesNo', 'singleChoice', 'multipleChoice', 'date', 'number', 'scale', 'lifeTheme',
  'participants', 'signature', 'group', 'table', 'display',
]);
const COLUMN_TYPES = new Set(['text', 'longText', 'yesNo', 'singleChoice', 'number', 'scale', 'date']);
const OPERATORS = new Set(['exists', 'notExists', 'equals', 'notEquals', 'includes', 'greaterThan', 'lessThan']);
const SUBJECTS = new Set(['CITIZEN', 'CONTRACT', 'MEETING']);
const DERIVED_KEYS: readonly DerivedKey[] = ['complexityRecommendation', 'goalSmartness', 'followUpDates'];
const TARGETS: ReadonlySet<string> = new Set(BINDING_TARGETS);
/** Ids are camelCase: a lower-case letter, then letters and digits. */
const ID = /^[a-z][A-Za-z0-9]*$/;

/** A group bound to one of these holds the children bound to the given prefix. */
const LIST_BINDINGS: Record<string, string> = {
  'contract.goals': 'goal.',
  'statusNote.goalStatuses': 'goalStatus.',
  'statusNote.themeChanges': 'themeChange.',
};
const CHILD_PREFIXES = new Set(Object.values(LIST_BINDINGS));

const TEXT = ['text', 'longText'];
/**
 * The item types each binding target accepts (the server writes the answer into that field). Partial so that
 * a new target does not break the build; a test asserts that every target has an entry.
 */
export const BINDING_ITEM_TYPES: Partial<Record<BindingTarget, readonly string[]>> = {
  'contract.serviceType': ['singleChoice'],
  'contract.startDate': ['date'],
  'contract.assessmentTool': ['singleChoice'],
  'contract.lifeThemeKeys': ['lifeTheme'],
  'contract.purpose': TEXT,
  'contract.goals': ['group'],
  'contract.goalRationale': TEXT,
  'contract.nextFollowUpDate': ['date'],
  'contract.reportingForms': ['multipleChoice'],
  'contract.participants': ['participants'],
  'contract.priceAmount': ['number'],
  'contract.priceUnit': ['singleChoice'],
  'contract.noticePeriodDays': ['number'],
  'contract.dischargeCriteria': TEXT,
  'goal.lifeThemeKey': ['lifeTheme'],
  'goal.goalType': ['singleChoice'],
  'goal.title': TEXT,
  'goal.measurableCriterion': TEXT,
  'goal.deadline': ['date'],
  'statusNote.reviewedWithCitizen': ['yesNo'],
  'statusNote.notReviewedReason': TEXT,
  'statusNote.providerAssessment': TEXT,
  'statusNote.themeChanges': ['group'],
  'statusNote.remarks': TEXT,
  'statusNote.recommendation': ['singleChoice'],
  'statusNote.goalStatuses': ['group'],
  'themeChange.lifeThemeKey': ['lifeTheme'],
  'themeChange.description': TEXT,
  'themeChange.functionalLevel': ['scale', 'singleChoice', 'number'],
  'goalStatus.goalId': ['text'],
  'goalStatus.attainment': ['singleChoice'],
  'goalStatus.how': TEXT,
  'goalStatus.citizenView': TEXT,
  'goalStatus.professionalView': TEXT,
  'goalStatus.score': ['scale'],
  'changeNotice.description': TEXT,
  'changeNotice.consequences': TEXT,
  'changeNotice.documentation': TEXT,
};

/** Choice items bound to an API enum offer only its values. */
export const BINDING_OPTION_VALUES: Partial<Record<BindingTarget, readonly string[]>> = {
  'contract.serviceType': SERVICE_TYPE_KEYS,
  'contract.priceUnit': ['PER_DAY', 'PER_MONTH', 'PER_HOUR', 'PER_YEAR'],
  'contract.assessmentTool': ['VUM', 'ICS', 'OTHER'],
  'contract.reportingForms': ['PROSE', 'NUMBERS'],
  'goal.goalType': ['DEVELOP', 'MAINTAIN', 'LIMIT_LOSS'],
  'statusNote.recommendation': ['CONTINUE', 'CHANGE', 'END'],
  'goalStatus.attainment': ['REACHED', 'PARTLY', 'NOT_REACHED'],
};

/** The items each derived value reads (see forms/derived). */
const DERIVED_INPUTS: Record<DerivedKey, { id: string; types: string[] }[]> = {
  complexityRecommendation: [
    { id: 'statements', types: ['table'] },
    { id: 'healthComplexity', types: ['singleChoice'] },
    { id: 'environmentComplexity', types: ['singleChoice'] },
  ],
  goalSmartness: [{ id: 'goals', types: ['group'] }],
  followUpDates: [],
};

type Path = (string | number)[];

interface ItemRecord {
  id: string;
  type: string;
  path: Path;
  /** Ids of the enclosing groups/tables, outermost first. */
  containers: string[];
  conditions: { item: unknown; path: Path }[];
}

interface Checker {
  problems: DefinitionProblem[];
  items: Map<string, ItemRecord>;
  sectionConditions: { item: unknown; path: Path }[];
}

function problem(checker: Checker, code: DefinitionProblemCode, path: Path, da: string, en: string, itemId?: string): void {
  checker.problems.push(itemId === undefined ? { path, code, message: { da, en } } : { path, itemId, code, message: { da, en } });
}

function isText(value: unknown): boolean {
  return isPlainObject(value) && typeof value.da === 'string' && value.da.trim() !== '' && typeof value.en === 'string' && value.en.trim() !== '';
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Structural checks of a definition: ids unique across the whole definition, conditions naming items they
 * can see (no cycles), options present and unique, minimums not above maximums, bindings only from
 * BINDING_TARGETS and in their place, Danish and English texts, the inputs of its derived values.
 * Returns every problem found (an empty list for a sound definition); never throws.
 */
export function checkDefinition(definition: FormDefinition): DefinitionProblem[] {
  const checker: Checker = { problems: [], items: new Map(), sectionConditions: [] };
  try {
    checkRoot(checker, definition);
  } catch {
    problem(checker, 'INVALID', [], 'Skemaet kunne ikke læses.', 'The definition could not be read.');
  }
  return checker.problems;
}

function checkRoot(checker: Checker, definition: unknown): void {
  if (!isPlainObject(definition)) {
    problem(checker, 'INVALID', [], 'Skemaet skal være et objekt.', 'The definition must be an object.');
    return;
  }
  if (typeof definition.key !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.key)) {
    problem(checker, 'INVALID', ['key'], 'Nøglen skal være små bogstaver og bindestreger.', 'The key must be lower case words joined by hyphens.');
  }
  if (!Number.isInteger(definition.version) || (definition.version as number) < 1) {
    problem(checker, 'INVALID', ['version'], 'Versionen skal være et helt tal fra 1.', 'The version must be a whole number from 1.');
  }
  if (!isText(definition.title)) problem(checker, 'INVALID', ['title'], 'Titlen mangler på dansk eller engelsk.', 'The title lacks Danish or English.');
  if (definition.description !== undefined && !isText(definition.description)) {
    problem(checker, 'INVALID', ['description'], 'Beskrivelsen mangler på dansk eller engelsk.', 'The description lacks Danish or English.');
  }
  if (typeof definition.source !== 'string' || definition.source.trim() === '') {
    problem(checker, 'INVALID', ['source'], 'Kilden mangler.', 'The source is missing.');
  }
  if (typeof definition.subject !== 'string' || !SUBJECTS.has(definition.subject)) {
    problem(checker, 'INVALID', ['subject'], 'Emnet skal være CITIZEN, CONTRACT eller MEETING.', 'The subject must be CITIZEN, CONTRACT or MEETING.');
  }
  checkRoles(checker, definition.filledBy, ['filledBy'], true);
  if (definition.derived !== undefined) {
    if (!Array.isArray(definition.derived)) {
      problem(checker, 'INVALID', ['derived'], 'Afledte værdier skal være en liste.', 'Derived values must be a list.');
    } else {
      definition.derived.forEach((key, i) => {
        if (!DERIVED_KEYS.includes(key as DerivedKey)) problem(checker, 'INVALID', ['derived', i], `Ukendt afledt værdi: ${String(key)}.`, `Unknown derived value: ${String(key)}.`);
      });
    }
  }
  if (!Array.isArray(definition.sections) || definition.sections.length === 0) {
    problem(checker, 'EMPTY', ['sections'], 'Skemaet har ingen afsnit.', 'The definition has no sections.');
    return;
  }
  const sectionIds = new Set<string>();
  definition.sections.forEach((section, s) => {
    const path: Path = ['sections', s];
    if (!isPlainObject(section)) {
      problem(checker, 'INVALID', path, 'Afsnittet skal være et objekt.', 'The section must be an object.');
      return;
    }
    if (typeof section.id !== 'string' || !ID.test(section.id)) {
      problem(checker, 'INVALID', [...path, 'id'], 'Afsnittets id skal være camelCase.', 'The section id must be camelCase.');
    } else if (sectionIds.has(section.id)) {
      problem(checker, 'DUPLICATE', [...path, 'id'], `Afsnittet ${section.id} findes to gange.`, `Section ${section.id} appears twice.`);
    } else sectionIds.add(section.id);
    if (!isText(section.title)) problem(checker, 'INVALID', [...path, 'title'], 'Afsnittets titel mangler på dansk eller engelsk.', 'The section title lacks Danish or English.');
    if (section.description !== undefined && !isText(section.description)) {
      problem(checker, 'INVALID', [...path, 'description'], 'Beskrivelsen mangler på dansk eller engelsk.', 'The description lacks Danish or English.');
    }
    if (section.filledBy !== undefined) checkRoles(checker, section.filledBy, [...path, 'filledBy'], true);
    checkConditionShape(checker, section, path, checker.sectionConditions);
    if (!Array.isArray(section.items) || section.items.length === 0) {
      problem(checker, 'EMPTY', [...path, 'items'], 'Afsnittet har ingen felter.', 'The section has no items.');
      return;
    }
    section.items.forEach((item, i) => {
        checkItem(checker, item, [...path, 'items', i], [], null);
      });
  });
  checkConditionTargets(checker);
  checkBindings(checker, definition.sections);
  checkDerivedInputs(checker, definition.derived);
}

function checkRoles(checker: Checker, roles: unknown, path: Path, required: boolean): void {
  if (roles === undefined && !required) return;
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((role) => !FORM_ROLES.includes(role))) {
    problem(checker, 'INVALID', path, `Udfyldes af skal være en ikke-tom liste af ${FORM_ROLES.join(', ')}.`, `filledBy must be a non-empty list of ${FORM_ROLES.join(', ')}.`);
  }
}

function checkConditionShape(checker: Checker, owner: Record<string, unknown>, path: Path, into: { item: unknown; path: Path }[], itemId?: string): void {
  if (owner.enableBehavior !== undefined && owner.enableBehavior !== 'all' && owner.enableBehavior !== 'any') {
    problem(checker, 'INVALID', [...path, 'enableBehavior'], 'enableBehavior skal være all eller any.', 'enableBehavior must be all or any.', itemId);
  }
  if (owner.enableWhen === undefined) return;
  if (!Array.isArray(owner.enableWhen) || owner.enableWhen.length === 0) {
    problem(checker, 'INVALID', [...path, 'enableWhen'], 'Betingelserne skal være en ikke-tom liste.', 'enableWhen must be a non-empty list.', itemId);
    return;
  }
  owner.enableWhen.forEach((condition, c) => {
    const at: Path = [...path, 'enableWhen', c];
    if (!isPlainObject(condition) || typeof condition.item !== 'string') {
      problem(checker, 'INVALID', at, 'Betingelsen skal nævne et felt.', 'The condition must name an item.', itemId);
      return;
    }
    if (typeof condition.operator !== 'string' || !OPERATORS.has(condition.operator)) {
      problem(checker, 'INVALID', [...at, 'operator'], `Ukendt operator: ${String(condition.operator)}.`, `Unknown operator: ${String(condition.operator)}.`, itemId);
    } else if (condition.operator !== 'exists' && condition.operator !== 'notExists') {
      const kind = typeof condition.value;
      const ok = condition.operator === 'greaterThan' || condition.operator === 'lessThan' ? kind === 'number' || kind === 'string' : kind === 'string' || kind === 'number' || kind === 'boolean';
      if (!ok) problem(checker, 'INVALID', [...at, 'value'], 'Betingelsen mangler en værdi at sammenligne med.', 'The condition lacks a value to compare with.', itemId);
    }
    into.push({ item: condition.item, path: at });
  });
}

function checkItem(checker: Checker, raw: unknown, path: Path, containers: string[], parentType: string | null): void {
  if (!isPlainObject(raw)) {
    problem(checker, 'INVALID', path, 'Feltet skal være et objekt.', 'The item must be an object.');
    return;
  }
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const type = typeof raw.type === 'string' ? raw.type : '';
  const bad = (code: DefinitionProblemCode, at: Path, da: string, en: string) => problem(checker, code, at, da, en, id);
  if (id === undefined || !ID.test(id)) bad('INVALID', [...path, 'id'], 'Feltets id skal være camelCase.', 'The item id must be camelCase.');
  if (!ITEM_TYPES.has(type)) {
    bad('INVALID', [...path, 'type'], `Ukendt felttype: ${type || '(ingen)'}.`, `Unknown item type: ${type || '(none)'}.`);
  } else if (parentType === 'table' && !COLUMN_TYPES.has(type)) {
    bad('INVALID', [...path, 'type'], `En tabelkolonne kan ikke være af typen ${type}.`, `A table column cannot be of type ${type}.`);
  }
  if (!isText(raw.label)) bad('INVALID', [...path, 'label'], 'Etiketten mangler på dansk eller engelsk.', 'The label lacks Danish or English.');
  if (raw.help !== undefined && !isText(raw.help)) bad('INVALID', [...path, 'help'], 'Hjælpeteksten mangler på dansk eller engelsk.', 'The help text lacks Danish or English.');
  if (raw.required !== undefined && typeof raw.required !== 'boolean') bad('INVALID', [...path, 'required'], 'required skal være sand eller falsk.', 'required must be true or false.');
  if (raw.filledBy !== undefined) checkRoles(checker, raw.filledBy, [...path, 'filledBy'], false);
  const record: ItemRecord = { id: id ?? '', type, path, containers, conditions: [] };
  checkConditionShape(checker, raw, path, record.conditions, id);
  if (id !== undefined) {
    if (checker.items.has(id)) bad('DUPLICATE', [...path, 'id'], `Id'et ${id} bruges af flere felter.`, `The id ${id} is used by more than one item.`);
    else checker.items.set(id, record);
  }
  if (raw.binding !== undefined) {
    const target = isPlainObject(raw.binding) ? raw.binding.target : undefined;
    if (typeof target !== 'string' || !TARGETS.has(target)) {
      bad('BAD_BINDING', [...path, 'binding'], `Ukendt binding: ${String(target)}.`, `Unknown binding: ${String(target)}.`);
    }
  }
  const range = (minKey: string, maxKey: string) => {
    const min = raw[minKey];
    const max = raw[maxKey];
    for (const [key, value] of [[minKey, min], [maxKey, max]] as const) {
      if (value !== undefined && (!finite(value) || value < 0 || !Number.isInteger(value))) {
        bad('BAD_RANGE', [...path, key], `${key} skal være et helt tal fra 0.`, `${key} must be a whole number from 0.`);
      }
    }
    if (finite(min) && finite(max) && min > max) bad('BAD_RANGE', [...path, minKey], `${minKey} er større end ${maxKey}.`, `${minKey} is greater than ${maxKey}.`);
  };
  switch (type) {
    case 'text':
    case 'longText':
      range('minLength', 'maxLength');
      break;
    case 'singleChoice':
    case 'multipleChoice':
      checkOptions(checker, raw.options, [...path, 'options'], id);
      if (type === 'multipleChoice') {
        range('minSelected', 'maxSelected');
        const count = Array.isArray(raw.options) ? raw.options.length : 0;
        if (finite(raw.minSelected) && raw.minSelected > count) bad('BAD_RANGE', [...path, 'minSelected'], 'Der kræves flere valg, end der er muligheder.', 'More choices are required than there are options.');
      }
      break;
    case 'date':
      for (const key of ['min', 'max']) {
        const bound = raw[key];
        if (bound !== undefined && bound !== 'today' && !(typeof bound === 'string' && isIsoDate(bound))) {
          bad('INVALID', [...path, key], `${key} skal være en dato (ÅÅÅÅ-MM-DD) eller 'today'.`, `${key} must be a date (YYYY-MM-DD) or 'today'.`);
        }
      }
      if (typeof raw.min === 'string' && typeof raw.max === 'string' && raw.min !== 'today' && raw.max !== 'today' && raw.min > raw.max) {
        bad('BAD_RANGE', [...path, 'min'], 'min ligger efter max.', 'min is after max.');
      }
      break;
    case 'number':
      for (const key of ['min', 'max']) if (raw[key] !== undefined && !finite(raw[key])) bad('INVALID', [...path, key], `${key} skal være et tal.`, `${key} must be a number.`);
      if (raw.integer !== undefined && typeof raw.integer !== 'boolean') bad('INVALID', [...path, 'integer'], 'integer skal være sand eller falsk.', 'integer must be true or false.');
      if (raw.unit !== undefined && !isText(raw.unit)) bad('INVALID', [...path, 'unit'], 'Enheden mangler på dansk eller engelsk.', 'The unit lacks Danish or English.');
      if (finite(raw.min) && finite(raw.max) && raw.min > raw.max) bad('BAD_RANGE', [...path, 'min'], 'min er større end max.', 'min is greater than max.');
      break;
    case 'scale':
      checkScale(checker, raw, path, id);
      break;
    case 'lifeTheme':
      if (raw.multiple !== undefined && typeof raw.multiple !== 'boolean') bad('INVALID', [...path, 'multiple'], 'multiple skal være sand eller falsk.', 'multiple must be true or false.');
      range('minSelected', 'maxSelected');
      break;
    case 'participants':
      range('minCount', 'maxCount');
      break;
    case 'group':
      if (!finite(raw.minCount) || !finite(raw.maxCount)) bad('BAD_RANGE', [...path, 'minCount'], 'En gruppe skal have minCount og maxCount.', 'A group needs minCount and maxCount.');
      range('minCount', 'maxCount');
      if (finite(raw.maxCount) && raw.maxCount < 1) bad('BAD_RANGE', [...path, 'maxCount'], 'maxCount skal være mindst 1.', 'maxCount must be at least 1.');
      if (raw.entryLabel !== undefined && !isText(raw.entryLabel)) bad('INVALID', [...path, 'entryLabel'], 'Etiketten mangler på dansk eller engelsk.', 'The label lacks Danish or English.');
      if (!Array.isArray(raw.items) || raw.items.length === 0) bad('EMPTY', [...path, 'items'], 'Gruppen har ingen felter.', 'The group has no items.');
      else raw.items.forEach((child, i) => {
        checkItem(checker, child, [...path, 'items', i], [...containers, id ?? ''], 'group');
      });
      break;
    case 'table':
      checkRows(checker, raw.rows, [...path, 'rows'], id);
      if (!Array.isArray(raw.columns) || raw.columns.length === 0) bad('EMPTY', [...path, 'columns'], 'Tabellen har ingen kolonner.', 'The table has no columns.');
      else raw.columns.forEach((column, i) => {
        checkItem(checker, column, [...path, 'columns', i], [...containers, id ?? ''], 'table');
      });
      break;
    case 'display':
      if (!isText(raw.text)) bad('INVALID', [...path, 'text'], 'Teksten mangler på dansk eller engelsk.', 'The text lacks Danish or English.');
      if (raw.required === true) bad('INVALID', [...path, 'required'], 'En visningstekst kan ikke være påkrævet.', 'Display text cannot be required.');
      if (raw.binding !== undefined) bad('BAD_BINDING', [...path, 'binding'], 'En visningstekst kan ikke bindes.', 'Display text cannot be bound.');
      break;
  }
}

function checkOptions(checker: Checker, options: unknown, path: Path, id: string | undefined): void {
  if (!Array.isArray(options) || options.length === 0) {
    problem(checker, 'EMPTY', path, 'Der er ingen valgmuligheder.', 'There are no options.', id);
    return;
  }
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (!isPlainObject(option) || typeof option.value !== 'string' || option.value.trim() === '') {
      problem(checker, 'INVALID', [...path, i], 'Valgmuligheden mangler en værdi.', 'The option lacks a value.', id);
      return;
    }
    if (!isText(option.label)) problem(checker, 'INVALID', [...path, i, 'label'], 'Etiketten mangler på dansk eller engelsk.', 'The label lacks Danish or English.', id);
    if (seen.has(option.value)) problem(checker, 'DUPLICATE', [...path, i], `Valgmuligheden ${option.value} står to gange.`, `The option ${option.value} appears twice.`, id);
    seen.add(option.value);
  });
}

function checkRows(checker: Checker, rows: unknown, path: Path, id: string | undefined): void {
  if (!Array.isArray(rows) || rows.length === 0) {
    problem(checker, 'EMPTY', path, 'Tabellen har ingen rækker.', 'The table has no rows.', id);
    return;
  }
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (!isPlainObject(row) || typeof row.id !== 'string' || !/^[A-Za-z0-9_-]+$/.test(row.id)) {
      problem(checker, 'INVALID', [...path, i], 'Rækken mangler et id.', 'The row lacks an id.', id);
      return;
    }
    if (!isText(row.label)) problem(checker, 'INVALID', [...path, i, 'label'], 'Etiketten mangler på dansk eller engelsk.', 'The label lacks Danish or English.', id);
    if (seen.has(row.id)) problem(checker, 'DUPLICATE', [...path, i], `Rækken ${row.id} står to gange.`, `The row ${row.id} appears twice.`, id);
    seen.add(row.id);
  });
}

function checkScale(checker: Checker, raw: Record<string, unknown>, path: Path, id: string | undefined): void {
  const bad = (code: DefinitionProblemCode, key: string, da: string, en: string) => problem(checker, code, [...path, key], da, en, id);
  if (!finite(raw.min) || !finite(raw.max)) {
    bad('INVALID', 'min', 'En skala skal have min og max.', 'A scale needs min and max.');
    return;
  }
  if (raw.min >= raw.max) bad('BAD_RANGE', 'min', 'min skal være mindre end max.', 'min must be less than max.');
  const step = raw.step === undefined ? 1 : raw.step;
  if (!finite(step) || step <= 0) bad('BAD_RANGE', 'step', 'step skal være et positivt tal.', 'step must be a positive number.');
  else if (Math.abs((raw.max - raw.min) / step - Math.round((raw.max - raw.min) / step)) > 1e-9) {
    bad('BAD_RANGE', 'step', 'max ligger ikke på et trin fra min.', 'max is not a whole number of steps from min.');
  }
  if (!isText(raw.minLabel)) bad('INVALID', 'minLabel', 'minLabel mangler på dansk eller engelsk.', 'minLabel lacks Danish or English.');
  if (!isText(raw.maxLabel)) bad('INVALID', 'maxLabel', 'maxLabel mangler på dansk eller engelsk.', 'maxLabel lacks Danish or English.');
  if (raw.stepLabels !== undefined) {
    if (!Array.isArray(raw.stepLabels)) bad('INVALID', 'stepLabels', 'stepLabels skal være en liste.', 'stepLabels must be a list.');
    else
      raw.stepLabels.forEach((entry, i) => {
        if (!isPlainObject(entry) || !finite(entry.value) || entry.value < (raw.min as number) || entry.value > (raw.max as number) || !isText(entry.label)) {
          problem(checker, 'INVALID', [...path, 'stepLabels', i], 'Trinnet skal have en værdi på skalaen og en dansk og engelsk tekst.', 'The step needs a value on the scale and a Danish and English label.', id);
        }
      });
  }
}

/** Conditions must name an existing item they can see: at the top level, or in their own enclosing entries. */
function checkConditionTargets(checker: Checker): void {
  const visible = (target: ItemRecord, containers: string[]) => {
    const owner = target.containers.at(-1);
    return owner === undefined || containers.includes(owner);
  };
  const check = (conditions: { item: unknown; path: Path }[], containers: string[], selfId: string | undefined) => {
    for (const { item, path } of conditions) {
      const target = checker.items.get(item as string);
      if (!target) {
        problem(checker, 'UNKNOWN_CONDITION_ITEM', path, `Betingelsen nævner et ukendt felt: ${String(item)}.`, `The condition names an unknown item: ${String(item)}.`, selfId);
      } else if (item === selfId) {
        problem(checker, 'BAD_CONDITION', path, 'Et felt kan ikke afhænge af sig selv.', 'An item cannot depend on itself.', selfId);
      } else if (!visible(target, containers)) {
        problem(checker, 'BAD_CONDITION', path, `Feltet ${String(item)} ligger i en anden gruppe eller tabel.`, `The item ${String(item)} is inside another group or table.`, selfId);
      } else if (selfId !== undefined && target.containers.includes(selfId)) {
        problem(checker, 'BAD_CONDITION', path, 'En gruppe eller tabel kan ikke afhænge af sine egne felter.', 'A group or table cannot depend on its own items.', selfId);
      }
    }
  };
  check(checker.sectionConditions, [], undefined);
  for (const record of checker.items.values()) check(record.conditions, [...record.containers, record.id], record.id);
  // Cycles: A shown by B, B shown by A (directly or through others).
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    const mark = state.get(id);
    if (mark === 'done') return;
    if (mark === 'visiting') {
      const record = checker.items.get(id)!;
      const cycle = [...trail.slice(trail.indexOf(id)), id].join(' → ');
      problem(checker, 'BAD_CONDITION', [...record.path, 'enableWhen'], `Betingelserne danner en ring: ${cycle}.`, `The conditions form a cycle: ${cycle}.`, id);
      return;
    }
    state.set(id, 'visiting');
    for (const { item } of checker.items.get(id)?.conditions ?? []) {
      if (typeof item === 'string' && item !== id && checker.items.has(item)) visit(item, [...trail, id]);
    }
    state.set(id, 'done');
  };
  for (const id of checker.items.keys()) visit(id, []);
}

/** Each target at most once per scope; list targets on groups; goal.* (etc.) only directly inside their group. */
function checkBindings(checker: Checker, sections: unknown[]): void {
  const walk = (items: unknown, basePath: Path, listPrefix: string | null, seen: Set<string>) => {
    if (!Array.isArray(items)) return;
    items.forEach((raw, i) => {
      if (!isPlainObject(raw)) return;
      const path = [...basePath, i];
      const id = typeof raw.id === 'string' ? raw.id : undefined;
      const target = isPlainObject(raw.binding) && typeof raw.binding.target === 'string' ? raw.binding.target : null;
      let childPrefix: string | null = null;
      if (target !== null && TARGETS.has(target)) {
        const prefix = target.slice(0, target.indexOf('.') + 1);
        if (seen.has(target)) problem(checker, 'DUPLICATE', [...path, 'binding'], `Bindingen ${target} bruges to gange.`, `The binding ${target} is used twice.`, id);
        seen.add(target);
        const types = BINDING_ITEM_TYPES[target as BindingTarget];
        if (types && typeof raw.type === 'string' && !types.includes(raw.type)) {
          problem(checker, 'BAD_BINDING', [...path, 'binding'], `${target} kan kun bindes til ${types.join('/')}.`, `${target} can only be bound to ${types.join('/')}.`, id);
        }
        const allowed = BINDING_OPTION_VALUES[target as BindingTarget];
        if (allowed && Array.isArray(raw.options)) {
          const extra = raw.options.map((o) => (isPlainObject(o) ? o.value : o)).filter((v) => !allowed.includes(v as string));
          if (extra.length > 0) {
            problem(checker, 'BAD_BINDING', [...path, 'options'], `${target} tillader kun ${allowed.join(', ')}.`, `${target} allows only ${allowed.join(', ')}.`, id);
          }
        }
        if (target in LIST_BINDINGS) {
          childPrefix = LIST_BINDINGS[target];
        }
        if (CHILD_PREFIXES.has(prefix) ? prefix !== listPrefix : listPrefix !== null) {
          problem(checker, 'BAD_BINDING', [...path, 'binding'], `Bindingen ${target} hører ikke til her.`, `The binding ${target} does not belong here.`, id);
        }
      }
      const children = raw.type === 'group' ? raw.items : raw.type === 'table' ? raw.columns : null;
      if (children) walk(children, [...path, raw.type === 'group' ? 'items' : 'columns'], childPrefix ?? '', new Set());
    });
  };
  const seen = new Set<string>();
  sections.forEach((section, s) => {
    if (isPlainObject(section)) walk(section.items, ['sections', s, 'items'], null, seen);
  });
}

function checkDerivedInputs(checker: Checker, derived: unknown): void {
  if (!Array.isArray(derived)) return;
  derived.forEach((key, i) => {
    for (const input of DERIVED_INPUTS[key as DerivedKey] ?? []) {
      const record = checker.items.get(input.id);
      if (!record || !input.types.includes(record.type) || record.containers.length > 0) {
        problem(
          checker,
          'DERIVED_INPUT',
          ['derived', i],
          `${String(key)} kræver feltet ${input.id} (${input.types.join('/')}) øverst i skemaet.`,
          `${String(key)} needs the top-level item ${input.id} (${input.types.join('/')}).`,
        );
      }
    }
  });
}
