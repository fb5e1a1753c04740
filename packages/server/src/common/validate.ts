import { LIMITS } from '@treklang/schema';
import { CommonErrors } from './domain-error.js';

/** Trims and checks a required text; throws a DomainError naming the field. */
export function requiredText(value: string | null | undefined, field: string[], max: number = LIMITS.longTextLength): string {
  const text = (value ?? '').trim();
  if (text.length === 0) throw CommonErrors.required(field);
  if (text.length > max) throw CommonErrors.tooLong(field, max);
  return text;
}

/** Trims an optional text; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string[], max: number = LIMITS.longTextLength): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text.length > max) throw CommonErrors.tooLong(field, max);
  return text.length === 0 ? null : text;
}

export function textList(values: string[] | null | undefined, field: string[], maxItem: number = LIMITS.shortTextLength): string[] {
  const list = values ?? [];
  if (list.length > LIMITS.maxListItems) {
    throw CommonErrors.invalid(field, { da: `Højst ${LIMITS.maxListItems} punkter.`, en: `At most ${LIMITS.maxListItems} items.` });
  }
  return list.map((item, index) => requiredText(item, [...field, String(index)], maxItem));
}
