import { CommonErrors } from '../common/domain-error.js';
import { fromGlobalId } from './global-id.js';

/** Decodes a global ID of one type inside a mutation; a wrong or malformed ID is a userError. */
export function rowIdOf(globalId: string, type: string, field: string[]): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) throw CommonErrors.malformedId(field);
  return decoded.id;
}
