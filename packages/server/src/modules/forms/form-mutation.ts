import type { LocalizedText, ValidationIssue } from '@treklang/schema';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error.js';
import { runMutation, type MutationOutcome } from '../../common/mutation.js';
import type { Context } from '../../graphql/context.js';

/** One problem among several, each with its own field path. */
export interface FieldProblem {
  code: string;
  messages: LocalizedText;
  field: string[] | null;
}

/**
 * Several problems at once (every validation issue of a response). It is a DomainError, so the
 * transaction rolls back as for any other; `runFormMutation` turns it into one userError per problem.
 */
export class FormProblemsError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super(problems[0]?.code ?? 'INVALID', problems[0]?.messages ?? { da: 'Ugyldig besvarelse.', en: 'Invalid response.' }, problems[0]?.field ?? null);
  }
}

/** Validation issues as problems on `answers` with the item path, e.g. ['answers', 'goals', '0', 'deadline']. */
export function issuesToProblems(issues: ValidationIssue[], root: string[] = ['answers']): FieldProblem[] {
  return issues.map((issue) => ({ code: issue.code, messages: issue.message, field: [...root, ...issue.path.map(String)] }));
}

/** `runMutation` that reports every problem of a FormProblemsError, not just the first. */
export async function runFormMutation<T>(ctx: Context, work: (tx: EntityManager) => Promise<T>): Promise<MutationOutcome<T>> {
  let problems: FieldProblem[] | null = null;
  const outcome = await runMutation(ctx, async (tx) => {
    try {
      return await work(tx);
    } catch (error) {
      if (error instanceof FormProblemsError) problems = error.problems;
      throw error;
    }
  });
  const found = problems as FieldProblem[] | null;
  if (found && outcome.value === null) {
    return { value: null, userErrors: found.map((p) => ({ code: p.code, message: p.messages[ctx.locale], field: p.field })) };
  }
  return outcome;
}
