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

export class AccessTrail {
  readonly read = new Map<string, AccessedObject>();
  readonly written = new Map<string, AccessedObject>();
  readonly refused: RefusedAccess[] = [];
  /** A search criterion (e.g. the citizens search text) that a list read was made with. */
  searches: string[] = [];

  recordRead(type: string, id: string, citizenId?: string): void {
    this.read.set(`${type}:${id}`, citizenId ? { type, id, citizenId } : { type, id });
  }

  recordWrite(type: string, id: string): void {
    this.written.set(`${type}:${id}`, { type, id });
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
