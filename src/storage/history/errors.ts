// Sorting storage errors into the few cases Unhunch reacts to differently. Browsers report them
// as DOMExceptions (IndexedDB) or plain Errors with a message (storage.*), so names and messages
// are both checked.

export function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String((err as { name: unknown }).name) : '';
}

export function describeError(err: unknown): string {
  if (err instanceof Error || (typeof err === 'object' && err !== null && 'message' in err)) {
    const e = err as { name?: unknown; message?: unknown };
    return `${String(e.name ?? 'Error')}: ${String(e.message ?? '')}`.slice(0, 300);
  }
  return String(err).slice(0, 300);
}

export function isQuotaError(err: unknown): boolean {
  return errorName(err) === 'QuotaExceededError' || /quota/i.test(describeError(err));
}

/** The connection was closed under us (versionchange, or the browser dropped it). */
export function isConnectionGone(err: unknown): boolean {
  return errorName(err) === 'InvalidStateError';
}

export function isVersionError(err: unknown): boolean {
  return errorName(err) === 'VersionError';
}
