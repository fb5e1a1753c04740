/*
 * What one request touched: the personal-data objects it read or wrote and the accesses it was refused.
 * The authorisation layer records into it; the audit log writes it out when the request ends.
 */

export interface AccessedObject {
  /** GraphQL type name, e.g. "Citizen". */
  type: string;
  /** Global or row ID of the object. */
  id: string;
  /** Row ID of the citizen the object belongs to, when the recorder knew it (saves the audit log a lookup). */
  citizenId?: string;
}

export interface RefusedAccess {
  /** Operation or field, e.g. "Query.citizen" or "Citizen.cpr". */
  operation: string;
  reason: string;
}

/** Objects once each by type and ID; the last record of an object wins. */
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

export class AccessTrail {
  readonly read = new AccessedObjects();
  readonly written = new AccessedObjects();
  readonly refused: RefusedAccess[] = [];
  /** A search criterion (e.g. the citizens search text) that a list read was made with. */
  searches: string[] = [];

  recordRead(type: string, id: string, citizenId?: string): void {
    this.read.set(citizenId ? { type, id, citizenId } : { type, id });
  }

  recordWrite(type: string, id: string): void {
    this.written.set({ type, id });
  }

  recordRefusal(operation: string, reason: string): void {
    this.refused.push({ operation, reason });
  }

  recordSearch(criterion: string): void {
    this.searches.push(criterion);
  }

  get isEmpty(): boolean {
    return this.read.size === 0 && this.written.size === 0 && this.refused.length === 0 && this.searches.length === 0;
  }
}
