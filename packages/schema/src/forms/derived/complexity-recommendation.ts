import type { LocalizedText } from '../../vocab/text.js';
import { isPlainObject, own } from '../answer-values.js';
import type { Answers, FormDefinition, TableItem } from '../types.js';

/** The outcome of the Sorø complexity screening (Bilag 9): offer collaboration meetings or not, and why. */
export interface ComplexityRecommendation {
  offerCollaborationMeetings: boolean;
  /** How many of the checklist's statements apply to the citizen. */
  matchingStatements: number;
  reasons: LocalizedText[];
}

/** The checklist's statement rows when the definition does not list them. */
const DEFAULT_ROWS = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];
/** "Hvis flere af nedenstående udsagn i tjeklisten passer på den enkelte borger": several means two or more. */
export const MIN_MATCHING_STATEMENTS = 2;

function statementRows(definition: FormDefinition | null | undefined): { id: string; label: LocalizedText | null }[] {
  const sections = isPlainObject(definition) && Array.isArray(definition.sections) ? definition.sections : [];
  for (const section of sections) {
    const items = isPlainObject(section) && Array.isArray(section.items) ? section.items : [];
    const table = items.find((item): item is TableItem => isPlainObject(item) && item.id === 'statements' && item.type === 'table');
    if (table && Array.isArray(table.rows)) {
      return table.rows
        .filter((row) => isPlainObject(row) && typeof row.id === 'string')
        .map((row) => ({ id: row.id, label: isPlainObject(row.label) && typeof row.label.da === 'string' && typeof row.label.en === 'string' ? row.label : null }));
    }
  }
  return DEFAULT_ROWS.map((id) => ({ id, label: null }));
}

/**
 * The Sorø rule (Bilag 9 and section 2, "Målgruppen - Visitation"): when several (two or more) of the
 * checklist's statements apply, collaboration meetings are offered. The stratification is the "uddybende
 * værktøjskasse": high complexity on both axes (health condition including functioning, and environmental
 * and personal factors) also leads to an offer, since the case then has "en vis kompleksitet". The reasons
 * name the count, each statement that applies (its label from the definition) and the stratification.
 * Reads table `statements` (rows s1..s9, yesNo column `applies`) and singleChoice `healthComplexity` and
 * `environmentComplexity` (LOW | HIGH).
 */
export function complexityRecommendation(answers: Answers | null | undefined, definition?: FormDefinition | null): ComplexityRecommendation {
  const rows = statementRows(definition);
  const table = own(answers, 'statements');
  const applying = rows.filter((row) => own(own(table, row.id), 'applies') === true);
  const count = applying.length;
  const total = rows.length;
  const health = own(answers, 'healthComplexity');
  const environment = own(answers, 'environmentComplexity');
  const bothHigh = health === 'HIGH' && environment === 'HIGH';
  const reasons: LocalizedText[] = [];

  if (count >= MIN_MATCHING_STATEMENTS) {
    reasons.push({
      da: `${count} af de ${total} udsagn i tjeklisten passer på borgeren. Når flere udsagn passer, vurderes der at være behov for samarbejdsmøder.`,
      en: `${count} of the ${total} checklist statements apply to the citizen. When several apply, collaboration meetings are considered needed.`,
    });
  } else if (count === 1) {
    reasons.push({
      da: `Kun 1 af de ${total} udsagn i tjeklisten passer på borgeren; der skal flere til, før der er behov for samarbejdsmøder.`,
      en: `Only 1 of the ${total} checklist statements applies to the citizen; several are needed before collaboration meetings are called for.`,
    });
  } else {
    reasons.push({ da: `Ingen af de ${total} udsagn i tjeklisten passer på borgeren.`, en: `None of the ${total} checklist statements apply to the citizen.` });
  }
  for (const row of applying) {
    reasons.push(row.label ? { da: `Passer: ${row.label.da}`, en: `Applies: ${row.label.en}` } : { da: `Passer: udsagn ${row.id}`, en: `Applies: statement ${row.id}` });
  }
  if (bothHigh) {
    reasons.push({
      da: 'Stratificering: kompleksiteten er høj både i helbredstilstand (herunder funktionsevne) og i omgivelsesfaktorer og personlige faktorer, så sagen rummer en vis kompleksitet.',
      en: 'Stratification: complexity is high both in the health condition (including functioning) and in environmental and personal factors, so the case has a certain complexity.',
    });
  } else {
    if (health === 'HIGH') {
      reasons.push({ da: 'Stratificering: kompleksiteten af helbredstilstand, herunder funktionsevne, er høj.', en: 'Stratification: the complexity of the health condition, including functioning, is high.' });
    } else if (health === 'LOW') {
      reasons.push({ da: 'Stratificering: kompleksiteten af helbredstilstand, herunder funktionsevne, er lav.', en: 'Stratification: the complexity of the health condition, including functioning, is low.' });
    }
    if (environment === 'HIGH') {
      reasons.push({ da: 'Stratificering: kompleksiteten af omgivelsesfaktorer og personlige faktorer er høj.', en: 'Stratification: the complexity of environmental and personal factors is high.' });
    } else if (environment === 'LOW') {
      reasons.push({ da: 'Stratificering: kompleksiteten af omgivelsesfaktorer og personlige faktorer er lav.', en: 'Stratification: the complexity of environmental and personal factors is low.' });
    }
  }
  return { offerCollaborationMeetings: count >= MIN_MATCHING_STATEMENTS || bothHigh, matchingStatements: count, reasons };
}
