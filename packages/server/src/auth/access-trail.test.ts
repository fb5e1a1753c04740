import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../graphql/global-id.js';
import { AccessTrail } from './access-trail.js';

const GOAL = '3f2b8c1e-5d4a-4e8f-9a1b-2c3d4e5f6a7b';
const CITIZEN = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('AccessTrail', () => {
  it('holds an object read by global ID and by row ID once, by row ID, the last record winning', () => {
    const trail = new AccessTrail();
    trail.recordRead('Goal', toGlobalId('Goal', GOAL));
    trail.recordRowRead('Goal', GOAL, CITIZEN);
    expect([...trail.read.values()]).toEqual([{ type: 'Goal', id: GOAL, citizenId: CITIZEN }]);
    expect(trail.read.size).toBe(1);
  });

  it('files a global ID under the type it names', () => {
    const trail = new AccessTrail();
    trail.recordRead('Node', toGlobalId('Goal', GOAL));
    trail.recordWrite('Node', toGlobalId('Citizen', CITIZEN));
    expect([...trail.read.values()]).toEqual([{ type: 'Goal', id: GOAL }]);
    expect([...trail.written.values()]).toEqual([{ type: 'Citizen', id: CITIZEN }]);
  });

  it('records nothing for an ID that is neither a row ID nor a global ID', () => {
    const trail = new AccessTrail();
    trail.recordRead('Goal', 'not-an-id');
    trail.recordWrite('Goal', GOAL.toUpperCase());
    expect(trail.isEmpty).toBe(true);
  });

  it('is not empty once a refusal or a search is recorded', () => {
    const refused = new AccessTrail();
    refused.recordRefusal('Query.citizen', 'NOT_YOUR_CASE');
    const searched = new AccessTrail();
    searched.recordSearch('Query.citizens(search: "Jens")');
    expect([refused.isEmpty, searched.isEmpty]).toEqual([false, false]);
  });

  it('keeps a refusal once per operation and reason', () => {
    const trail = new AccessTrail();
    for (let i = 0; i < 3; i++) trail.recordRefusal('Contract.purpose', 'NO_CONSENT');
    trail.recordRefusal('Contract.purpose', 'NOT_ACTIVE');
    expect(trail.refused).toEqual([
      { operation: 'Contract.purpose', reason: 'NO_CONSENT' },
      { operation: 'Contract.purpose', reason: 'NOT_ACTIVE' },
    ]);
  });
});
