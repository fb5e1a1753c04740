import type { HandoffRecord, HandoffStore } from './renewal-handoff.js';

/*
 * The renewal handoff's records in IndexedDB, not localStorage: Chromium passes a localStorage write on to the other
 * tabs' processes some time later, unordered with the renewal lock, so the next tab to take the lock could miss the
 * record; an IndexedDB transaction has committed when it resolves, and whoever reads after that sees it.
 */

const DATABASE = 'treklang.session-handoff';
const RECORDS = 'records';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(RECORDS);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs `work` in one transaction; resolves with what its result getter reads once the transaction has committed. */
async function inTransaction<T>(mode: IDBTransactionMode, work: (records: IDBObjectStore) => () => T): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(RECORDS, mode);
      const result = work(transaction.objectStore(RECORDS));
      transaction.oncomplete = () => resolve(result());
      transaction.onerror = transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

const nothing = () => undefined;

/** This browser's store, or null where there is no IndexedDB. */
export function browserHandoffStore(): HandoffStore | null {
  if (typeof indexedDB === 'undefined') return null;
  return {
    entries: () =>
      inTransaction('readonly', (records) => {
        const keys = records.getAllKeys();
        const values = records.getAll();
        return () => keys.result.map((key, i): [string, unknown] => [String(key), values.result[i]]);
      }),
    put: (key: string, record: HandoffRecord) =>
      inTransaction('readwrite', (records) => {
        records.put(record, key);
        return nothing;
      }),
    remove: (keys: string[]) =>
      inTransaction('readwrite', (records) => {
        for (const key of keys) records.delete(key);
        return nothing;
      }),
    clear: () =>
      inTransaction('readwrite', (records) => {
        records.clear();
        return nothing;
      }),
  };
}
