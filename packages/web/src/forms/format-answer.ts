import { findLifeTheme, indexDefinition, type FormDefinition, type ItemNode, type LocalizedText } from '@treklang/schema';
import type { AnswerPath } from './answer-path.js';

/*
 * Answers in words, for read-only items, the merge view and the print view: option labels instead of codes,
 * Ja/Nej, dates as people write them, life theme names.
 */

export type Lang = 'da' | 'en';

export function localized(text: LocalizedText | undefined | null, language: Lang): string {
  if (!text) return '';
  return text[language] || text.da || '';
}

const YES_NO: Record<Lang, [string, string]> = { da: ['Ja', 'Nej'], en: ['Yes', 'No'] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 2026-11-23 as 23.11.2026 (Danish) or 23 Nov 2026; anything else as it is. */
export function formatIsoDate(value: string, language: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(`${value}T12:00:00`);
  if (Number.isNaN(date.getTime())) return value;
  return language === 'da' ? `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}` : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

function formatNumber(value: number, language: Lang): string {
  return value.toLocaleString(language === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 6 });
}

function optionLabel(node: ItemNode, value: unknown, language: Lang): string {
  const options = (node.item as { options?: { value: string; label: LocalizedText }[] }).options ?? [];
  const option = options.find((o) => o.value === value);
  return option ? localized(option.label, language) : String(value);
}

function themeName(value: unknown, language: Lang): string {
  const theme = typeof value === 'string' ? findLifeTheme(value) : undefined;
  return theme ? localized(theme.name, language) : String(value);
}

/**
 * One answer as text; '' when there is none. Groups and tables are drawn by their callers entry by entry,
 * so here they only say how many entries they hold.
 */
export function formatAnswer(node: ItemNode, value: unknown, language: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  const item = node.item;
  switch (item.type) {
    case 'yesNo':
      return typeof value === 'boolean' ? YES_NO[language][value ? 0 : 1] : String(value);
    case 'singleChoice':
      return optionLabel(node, value, language);
    case 'multipleChoice':
      return Array.isArray(value) ? value.map((v) => optionLabel(node, v, language)).join(', ') : String(value);
    case 'lifeTheme':
      return Array.isArray(value) ? value.map((v) => themeName(v, language)).join(', ') : themeName(value, language);
    case 'date':
      return typeof value === 'string' ? formatIsoDate(value, language) : String(value);
    case 'number': {
      if (typeof value !== 'number') return String(value);
      const unit = localized(item.unit, language);
      return unit ? `${formatNumber(value, language)} ${unit}` : formatNumber(value, language);
    }
    case 'scale': {
      if (typeof value !== 'number') return String(value);
      const step = item.stepLabels?.find((s) => s.value === value);
      return step ? `${formatNumber(value, language)} – ${localized(step.label, language)}` : formatNumber(value, language);
    }
    case 'participants':
      return Array.isArray(value)
        ? value
            .filter(isRecord)
            .map((p) => [p.name, p.role, p.organization].filter((part) => typeof part === 'string' && part.trim() !== '').join(', '))
            .join('; ')
        : String(value);
    case 'signature':
      if (!isRecord(value)) return String(value);
      return [value.name, value.role, typeof value.date === 'string' ? formatIsoDate(value.date, language) : null].filter((part) => typeof part === 'string' && part.trim() !== '').join(', ');
    case 'group':
      return Array.isArray(value) ? String(value.length) : '';
    case 'table':
      return '';
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}

/** The label of one entry of a group: "Mål 2" (its entryLabel, else its label, numbered from 1). */
export function entryLabel(node: ItemNode, index: number, language: Lang): string {
  const item = node.item as { entryLabel?: LocalizedText; label: LocalizedText };
  return `${localized(item.entryLabel ?? item.label, language)} ${index + 1}`;
}

/** Where an answer is, in words: "Mål 2 › Titel" or "Udsagn › <row label> › Evt. kommentarer". */
export function describePath(definition: FormDefinition, path: AnswerPath, language: Lang): string {
  const index = indexDefinition(definition);
  const parts: string[] = [];
  let node = typeof path[0] === 'string' ? index.topLevel.get(path[0]) : undefined;
  let i = 1;
  while (node) {
    if (i >= path.length) {
      parts.push(localized(node.item.label, language));
      break;
    }
    const step = path[i];
    if (node.item.type === 'group' && typeof step === 'number') parts.push(entryLabel(node, step, language));
    else if (node.item.type === 'table') {
      const row = node.item.rows.find((r) => r.id === step);
      parts.push(localized(node.item.label, language), row ? localized(row.label, language) : String(step));
    } else {
      // a field of a structured answer (a participant's name, a signature's date)
      parts.push(localized(node.item.label, language), ...path.slice(i).map(String));
      break;
    }
    const child = path[i + 1];
    node = typeof child === 'string' ? node.childById.get(child) : undefined;
    if (!node) break;
    i += 2;
  }
  return parts.join(' › ');
}

/** Any answer as text lines, groups and tables included (the merge view compares whole answers). */
export function summarizeAnswer(node: ItemNode, value: unknown, language: Lang): string[] {
  if (node.item.type === 'group') {
    if (!Array.isArray(value) || value.length === 0) return [];
    return value.flatMap((entry, i) => {
      const parts = node.children
        .map((child) => {
          const text = summarizeAnswer(child, isRecord(entry) ? entry[child.id] : undefined, language).join('; ');
          return text ? `${localized(child.item.label, language)}: ${text}` : '';
        })
        .filter(Boolean);
      return [`${entryLabel(node, i, language)}: ${parts.join(' · ') || '–'}`];
    });
  }
  if (node.item.type === 'table') {
    if (!isRecord(value)) return [];
    const rows = node.item.rows;
    return node.rowIds.flatMap((rowId) => {
      const row = value[rowId];
      if (!isRecord(row)) return [];
      const parts = node.children.map((column) => {
        const text = formatAnswer(column, row[column.id], language);
        return text ? `${localized(column.item.label, language)}: ${text}` : '';
      });
      const label = localized(rows.find((r) => r.id === rowId)?.label, language);
      const filled = parts.filter(Boolean);
      return filled.length ? [`${label}: ${filled.join(' · ')}`] : [];
    });
  }
  const text = formatAnswer(node, value, language);
  return text ? [text] : [];
}
