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
      return isTimeOrNull(v.until) && typeof v.pending === 'boolean';
    default:
      return false;
  }
}

export type ParseResult = { state: SchedulerState } | { problem: 'missing' | 'newerVersion' | 'invalid' };

export function parseState(raw: unknown): ParseResult {
  if (raw === undefined || raw === null) return { problem: 'missing' };
  if (!isObj(raw) || !isCount(raw.schemaVersion)) return { problem: 'invalid' };
  if (raw.schemaVersion > SCHEMA_VERSION) return { problem: 'newerVersion' };
  // Version 1 is the first, so there is nothing older to migrate; the first change of shape
  // brings its migration here, from the old version to this one.
  if (raw.schemaVersion !== SCHEMA_VERSION) return { problem: 'invalid' };
  const v = raw;
  const { cycle, inputs, heartbeat, today } = v;
  const ok =
    isPhase(v.phase) && isTime(v.activeMs) && v.activeMs >= 0 && isTime(v.unreportedActiveMs) && v.unreportedActiveMs >= 0 &&
    isObj(cycle) && isTime(cycle.startedAt) && isCount(cycle.breakNumber) && cycle.breakNumber >= 1 && isCount(cycle.snoozesUsed) && isCount(cycle.dueCount) &&
    isObj(inputs) && ['active', 'idle', 'locked'].includes(inputs.presence as string) &&
    typeof inputs.focused === 'boolean' && typeof inputs.media === 'boolean' &&
    isTimeOrNull(v.awaySince) && isTime(v.lastSeenAt) &&
    (heartbeat === null || (isObj(heartbeat) && isTime(heartbeat.at) && isTime(heartbeat.periodMs) && heartbeat.periodMs > 0)) &&
    isObj(today) && isTime(today.dayStart) && isCount(today.taken);
  return ok ? { state: structuredClone(v) as unknown as SchedulerState } : { problem: 'invalid' };
}
