// Reading the stored state back. Storage can hold anything (an older version, a newer one after a
// downgrade, a half-written value from a crash); whatever is not a state this version understands
// is refused, and the caller starts a fresh cycle instead of acting on garbage.
import { SCHEMA_VERSION, type Phase, type SchedulerState } from './state';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTimeOrNull = (v: unknown): v is number | null => v === null || isTime(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function isPhase(v: unknown): v is Phase {
  if (!isObj(v) || !isTime(v.since)) return false;
  switch (v.tag) {
    case 'counting':
      return isTime(v.from) && v.from <= v.since;
    case 'idle':
    case 'outsideHours':
      return true;
    case 'due':
      return isTimeOrNull(v.notifiedAt) && typeof v.nudged === 'boolean' && isTimeOrNull(v.heldSince);
    case 'snoozed':
      return isTime(v.until);
    case 'paused':
      return isTimeOrNull(v.until) && typeof v.breakHeld === 'boolean';
    default:
      return false;
  }
}

export type ParseResult = { state: SchedulerState } | { problem: 'missing' | 'newerVersion' | 'invalid' };

/**
 * Version 1 to 2: only names changed (`heartbeat` → `expectedAlarm`, a pause's `pending` →
 * `breakHeld`), so the count, the cycle and a held break all carry over as they were.
 */
function fromVersion1(v: Record<string, unknown>): Record<string, unknown> {
  const { heartbeat, ...rest } = v;
  let phase = v.phase;
  if (isObj(phase) && phase.tag === 'paused') {
    const { pending, ...others } = phase;
    phase = { ...others, breakHeld: pending };
  }
  return { ...rest, schemaVersion: 2, phase, expectedAlarm: heartbeat };
}

export function parseState(raw: unknown): ParseResult {
  if (raw === undefined || raw === null) return { problem: 'missing' };
  if (!isObj(raw) || !isCount(raw.schemaVersion)) return { problem: 'invalid' };
  if (raw.schemaVersion > SCHEMA_VERSION) return { problem: 'newerVersion' };
  // Each older shape is migrated step by step to this one; version 1 is the first.
  const v = raw.schemaVersion === 1 ? fromVersion1(raw) : raw;
  if (v.schemaVersion !== SCHEMA_VERSION) return { problem: 'invalid' };
  const { cycle, inputs, expectedAlarm, today } = v;
  const ok =
    isPhase(v.phase) &&
    isTime(v.activeMs) &&
    v.activeMs >= 0 &&
    isTime(v.unreportedActiveMs) &&
    v.unreportedActiveMs >= 0 &&
    isObj(cycle) &&
    isTime(cycle.startedAt) &&
    isCount(cycle.breakNumber) &&
    cycle.breakNumber >= 1 &&
    isCount(cycle.snoozesUsed) &&
    isCount(cycle.dueCount) &&
    isObj(inputs) &&
    ['active', 'idle', 'locked'].includes(inputs.presence as string) &&
    typeof inputs.focused === 'boolean' &&
    typeof inputs.media === 'boolean' &&
    isTimeOrNull(v.awaySince) &&
    isTime(v.lastSeenAt) &&
    (expectedAlarm === null ||
      (isObj(expectedAlarm) && isTime(expectedAlarm.at) && isTime(expectedAlarm.periodMs) && expectedAlarm.periodMs > 0)) &&
    isObj(today) &&
    isTime(today.dayStart) &&
    isCount(today.taken);
  return ok ? { state: structuredClone(v) as unknown as SchedulerState } : { problem: 'invalid' };
}
