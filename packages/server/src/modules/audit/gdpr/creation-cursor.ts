import { decodeCursor, encodeCursor } from '../../../graphql/connection.js';

/* The cursors of the anonymisation list: a citizen's place in creation order, with every other connection's cursors. */

export interface CreationKey {
  createdAt: string;
  rowId: string;
}

export const encodeCreationCursor = (key: CreationKey): string => encodeCursor({ createdAt: key.createdAt, id: key.rowId });

export function decodeCreationCursor(cursor: string): CreationKey {
  const { createdAt, id } = decodeCursor(cursor);
  return { createdAt, rowId: id };
}

/** Negative when `a` was created before `b` (ties by ID), as the candidates are ordered in SQL (text order). */
export function compareCreation(a: CreationKey, b: CreationKey): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  if (a.rowId === b.rowId) return 0;
  return a.rowId < b.rowId ? -1 : 1;
}
