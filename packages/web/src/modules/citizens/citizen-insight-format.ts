/*
 * The access log in words (pure functions, tested in citizen-insight-format.test.ts).
 */

/** "Hjørring Kommune, Rådgiver": the organisation, and the role in words (the stored code when unknown). */
export function accessWho(entry: { organizationName: string | null | undefined; userRole: string | null | undefined }, roles: Readonly<Record<string, string>>, unknownOrganization: string): string {
  const role = entry.userRole ? (roles[entry.userRole] ?? entry.userRole) : null;
  return [entry.organizationName || unknownOrganization, role].filter(Boolean).join(', ');
}

/** The kinds of data in words, in the given order without repeats; an unknown kind as the API names it. */
export function dataKindsText(kinds: readonly string[], names: Readonly<Record<string, string>>, none: string): string {
  const words = [...new Set(kinds.map((kind) => names[kind] ?? kind))];
  return words.length ? words.join(', ') : none;
}

/** Search criteria as one text: "Hansen", "0101" → "»Hansen«, »0101«". */
export function searchesText(searches: readonly string[]): string {
  return searches.map((s) => `»${s}«`).join(', ');
}

/**
 * A date-and-time text in the two parts a narrow column may put on separate lines, "24. nov. 2026" and "kl. 06.15"
 * ("24 Nov 2026," and "06:11" in English); joined by a space they are the text again. Unsplittable: [text, ''].
 */
export function dateTimeLines(text: string): [string, string] {
  const match = /^(.*?\S)\s+(kl\. \S+|\d{1,2}[:.]\d{2})$/.exec(text);
  return match ? [match[1], match[2]] : [text, ''];
}

/** An operation name in the pieces a line may break between: "CitizenInsightLogExport" → Citizen, Insight, Log, Export. */
export function operationPieces(operation: string): string[] {
  return operation.split(/(?<=[a-zæøå0-9])(?=[A-ZÆØÅ])/);
}

// Characters no file system takes in a name, and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;

/** The API's suggested file name made safe to save under; `fallback` when nothing is left of it. */
export function safeFileName(name: string | null | undefined, fallback: string): string {
  const cleaned = (name ?? '').replace(UNSAFE, '-').replace(/^[.\s-]+/, '').trim();
  return cleaned || fallback;
}

/** The purpose as the X-Treklang-Purpose header takes it: ASCII, UTF-8 percent-encoded. */
export function purposeHeader(purpose: string): string {
  return encodeURIComponent(purpose);
}
