import { fromGlobalId, isRowId } from '../graphql/global-id.js';

/*
 * What one request touched: the personal-data objects it read or wrote and the accesses it was refused.
 * The authorisation layer records into it; the audit log writes it out when the request ends.
 */

export interface AccessedObject {
  /** GraphQL type name, e.g. "Citizen". */
  type: string;
  /** Row ID of the object. */
  id: string;
  /** Row ID of the citizen the object belongs to, when the recorder knew it (saves the audit log a lookup). */
  citizenId?: string;
}

export interface RefusedAccess {
  /** Operation or field, e.g. "Query.citizen" or "Citizen.cpr". */
  operation: string;
  reason: string;
}

/** Objects once each by type and row ID; the last record of an object wins. */
export class AccessedObjects {
  private readonly byType = new Map<string, Map<string, AccessedObject>>();
  private count = 0;

  set(object: AccessedObject): void {
    let ofType = this.byType.get(object.type);
    if (!ofType) {
      ofType = new Map();
      this.byType.set(object.type, ofType);
    }
    if (!ofType.has(object.id)) this.count += 1;
    ofType.set(object.id, object);
  }

  get size(): number {
    return this.count;
  }

  *values(): IterableIterator<AccessedObject> {
    for (const ofType of this.byType.values()) yield* ofType.values();
  }
}

/** An object given by global or row ID, as type and row ID (a global ID names its own type); null for any other ID. */
function rowRefOf(type: string, id: string): { type: string; id: string } | null {
  if (isRowId(id)) return { type, id };
  const decoded = fromGlobalId(id);
  return decoded ? { type: decoded.type, id: decoded.id } : null;
}

export class AccessTrail {
  readonly read = new AccessedObjects();
  readonly written = new AccessedObjects();
  readonly refused: RefusedAccess[] = [];
  private readonly refusalKeys = new Set<string>();
  /** A search criterion (e.g. the citizens search text) that a list read was made with. */
  searches: string[] = [];

  /** A read of the object with this row ID (the hot path: an entity checked by the policy guard). */
  recordRowRead(type: string, rowId: string, citizenId?: string): void {
    this.read.set(citizenId ? { type, id: rowId, citizenId } : { type, id: rowId });
  }

  /** A read of the object with this global or row ID; an ID that is neither is not recorded. */
  recordRead(type: string, id: string, citizenId?: string): void {
    const ref = rowRefOf(type, id);
    if (ref) this.recordRowRead(ref.type, ref.id, citizenId);
  }

  /** A write of the object with this global or row ID; an ID that is neither is not recorded. */
  recordWrite(type: string, id: string): void {
    const ref = rowRefOf(type, id);
    if (ref) this.written.set(ref);
  }

  /** A refused access, once per operation and reason (a refused field of a list is refused for every item). */
  recordRefusal(operation: string, reason: string): void {
    const key = `${operation}|${reason}`;
    if (this.refusalKeys.has(key)) return;
    this.refusalKeys.add(key);
    this.refused.push({ operation, reason });
  }

  recordSearch(criterion: string): void {
    this.searches.push(criterion);
  }

  get isEmpty(): boolean {
    return this.read.size === 0 && this.written.size === 0 && this.refused.length === 0 && this.searches.length === 0;
  }
}
