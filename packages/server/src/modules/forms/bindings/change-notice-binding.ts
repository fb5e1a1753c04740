import type { EntityManager } from 'typeorm';
import type { Viewer } from '../../../auth/viewer.js';
import type { ChangeNotice } from '../../change-notices/change-notice.entity.js';
import { reportChange } from '../../change-notices/change-notice.service.js';
import { BoundAnswers, isString, withAnswerFields } from './bound-answers.js';

/** Submitting a change notice about a contract writes the ChangeNotice row. */
export async function reportChangeFromAnswers(tx: EntityManager, viewer: Viewer, bound: BoundAnswers, contractId: string): Promise<ChangeNotice> {
  const fields = new Map<string, string[]>();
  for (const [field, target] of [
    ['description', 'changeNotice.description'],
    ['consequences', 'changeNotice.consequences'],
    ['documentation', 'changeNotice.documentation'],
  ] as const) {
    const path = bound.path(target);
    if (path) fields.set(`input.${field}`, ['answers', ...path.map(String)]);
  }
  const input = {
    contractId,
    description: bound.require('changeNotice.description', isString),
    consequences: bound.require('changeNotice.consequences', isString),
    documentation: bound.optional('changeNotice.documentation', isString),
  };
  return withAnswerFields(fields, () => reportChange(tx, viewer, input));
}
