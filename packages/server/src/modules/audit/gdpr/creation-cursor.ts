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
