// Past this long without an answer, the status line says the timer is not responding (and,
// on a first opening with no stored settings copy, the card opens with default settings).
const BACKGROUND_WAIT_MS = 1500;

/** The background's answer, or null when it does not give one in time. */
export async function inTime<T>(answer: Promise<T>): Promise<T | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), BACKGROUND_WAIT_MS));
  const first = await Promise.race([answer.catch(() => null), timeout]);
  // A background with no handler for the message answers undefined.
  return first && typeof first === 'object' ? first : null;
}
