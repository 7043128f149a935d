// The little of IndexedDB's callback API the history needs, as promises. A promise resolved in a
// request's success event runs its continuation while the transaction is still active, so
// `await`ing requests inside one transaction is safe (as long as nothing else is awaited).

/** The result of one request. */
export function req<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs body in tx and waits for the commit; aborts the transaction if body throws. */
export async function inTx<T>(tx: IDBTransaction, body: () => Promise<T> | T): Promise<T> {
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
  });
  // Observed below; this only stops a second, unhandled report when body throws first.
  done.catch(() => undefined);
  try {
    const result = await body();
    await done;
    return result;
  } catch (err) {
    try { tx.abort(); } catch { /* already finished */ }
    throw err;
  }
}

/** Visits every record a cursor request yields, then calls `end`, all inside its transaction. */
export function eachCursor<C extends IDBCursor>(request: IDBRequest<C | null>, visit: (cursor: C) => void, end?: () => void): void {
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return end?.();
    visit(cursor);
    cursor.continue();
  };
}
