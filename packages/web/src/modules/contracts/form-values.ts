/** A business-rule or input problem as the API's userErrors carry it (or as a form finds it before sending). */
export type UserError = { message: string; code: string; field?: readonly string[] | null };

/** The message of the first userError for `input.<path...>` (or deeper), if any. */
export function fieldError(errors: readonly UserError[] | null | undefined, ...path: string[]): string | undefined {
  const want = ['input', ...path];
  return errors?.find((e) => e.field && want.every((part, i) => e.field?.[i] === part))?.message;
}

/** userErrors that no field shows: they go to the alert at the top of the form. */
export function unplacedErrors(errors: readonly UserError[] | null | undefined, placed: readonly string[]): UserError[] {
  return (errors ?? []).filter((e) => !(e.field && e.field[0] === 'input' && e.field[1] && placed.includes(e.field[1])));
}

/** Lines of a textarea as a list: one item per non-empty line, trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
