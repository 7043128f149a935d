// A simulated clock the test controls, for real Chromium under libfaketime (issue 22).
//
// Why it is driven this way. A fixed spec in FAKETIME ('+0 x60') ties simulated time to wall
// time: a machine that stalls a second skips a simulated minute, so whether a reminder came "on
// time" depended on the load. Here the test moves the clock while the browser runs: it jumps over
// the stretches where nothing is judged, to just before the instant it judges, and lets the clock
// run at real speed there, where a stall of a second is a second against bounds of minutes.
//
// How (libfaketime 0.9.10, src/libfaketime.c, parse_ft_string and fake_clock_gettime):
// FAKETIME='% x1' with FAKETIME_FOLLOW_FILE: every clock, CLOCK_MONOTONIC included, reads
// mtime(file) + (real - start) * rate, where `start` is the first process's start, shared with
// every child through shared memory (FAKETIME_DONT_RESET=1 keeps a child from taking its own), and
// FAKETIME_NO_CACHE=1 makes every clock call stat the file. So a jump is a touch of the file, and
// the browser, its renderers and the extension's worker all see it at their next clock call.
// - Not FAKETIME_TIMESTAMP_FILE, the documented way to change the spec at run time: measured
//   here, Chromium deadlocks within a second of a jump of a minute or more with it (every thread
//   waits on one allocator lock): with no cache, each clock call opens and reads the file, which
//   allocates, and Chromium reads the clock while holding its allocator's lock. A stat allocates
//   nothing; the price is whole seconds (mtime) and a rate fixed per launch.
// - Chromium's timers run on the monotonic clock, which jumps with the file: after a jump past an
//   alarm's instant the alarm fires at once (measured: within a second of wall time). The
//   monotonic clock must never go back while the browser runs, or Chromium's delayed tasks stall:
//   so the clock only jumps forward while a browser runs, and never stops (a rate above 0).
//   Between two launches (a closed browser) it may be set anywhere.
// - A closed browser does not read the clock: across a closure it runs on in this model at its
//   rate, and the next launch starts where the model says (the restart test's closures).
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FAKETIME_LIB } from './browsers';

/** Reads the running browser's Date.now() (in an extension page). */
export type NowReader = () => Promise<number>;

export class Clock {
  private readonly dir = mkdtempSync(join(tmpdir(), 'unhunch-clock-'));
  private readonly file = join(this.dir, 'follow');
  /** The model: simulated ms `simAt` at wall ms `wallAt`, running at `rate`. While a browser runs, simAt is the file's mtime and wallAt the browser's start. */
  private simAt: number;
  private wallAt: number;
  private rateNow: number;
  private reader: NowReader | null = null;

  /** A clock that reads `start` (ms since the epoch) now and runs at `rate` (fixed while a browser runs). */
  constructor(start: number = Date.now(), rate = 1) {
    if (!(rate > 0)) throw new Error('clock: the rate must be positive (a stopped monotonic clock stalls Chromium)');
    writeFileSync(this.file, '');
    this.simAt = start;
    this.wallAt = Date.now();
    this.rateNow = rate;
  }

  get rate(): number {
    return this.rateNow;
  }

  /** Changes the rate for the next launch; a running browser keeps the one it started with. */
  set rate(rate: number) {
    if (this.reader) throw new Error('clock: the rate is fixed while a browser runs');
    if (!(rate > 0)) throw new Error('clock: the rate must be positive');
    this.simAt = this.expected();
    this.wallAt = Date.now();
    this.rateNow = rate;
  }

  /** The environment for a browser launched now under this clock: it starts where the model is. */
  env(): Record<string, string> {
    if (this.reader) throw new Error('clock: a browser already runs under this clock');
    this.simAt = this.touch(this.expected());
    this.wallAt = Date.now();
    return {
      LD_PRELOAD: FAKETIME_LIB,
      FAKETIME: `% x${this.rateNow}`,
      FAKETIME_FOLLOW_FILE: this.file,
      FAKETIME_NO_CACHE: '1',
      FAKETIME_DONT_RESET: '1',
    };
  }

  /**
   * The driver tells the clock how to read the launched browser's time, and null once it has
   * closed. The browser's libfaketime start is measured here: the read with the shortest round
   * trip wins, so the model is exact to a few milliseconds.
   */
  async attach(reader: NowReader | null): Promise<void> {
    if (!reader) {
      this.simAt = this.expected();
      this.wallAt = Date.now();
      this.reader = null;
      return;
    }
    this.reader = reader;
    let best = { rtt: Number.POSITIVE_INFINITY, start: this.wallAt };
    for (let i = 0; i < 5; i++) {
      const before = Date.now();
      const read = await reader();
      const after = Date.now();
      if (after - before < best.rtt) best = { rtt: after - before, start: (before + after) / 2 - (read - this.simAt) / this.rateNow };
    }
    this.wallAt = best.start;
  }

  /** What the clock reads now, by the model (to a few ms while a browser runs). */
  expected(): number {
    return this.simAt + (Date.now() - this.wallAt) * this.rateNow;
  }

  /** The browser's own Date.now(), read in an extension page. */
  async now(): Promise<number> {
    if (!this.reader) throw new Error('clock: no browser is running under this clock');
    return this.reader();
  }

  /**
   * Jumps to `at`, or to at most a second before it (the file holds whole seconds), and returns
   * the browser's time once it reads the new time. While a browser runs the clock only goes
   * forward (see the header); with none running it may be set anywhere.
   */
  async set(at: number): Promise<number> {
    const jump = at - this.expected();
    if (this.reader && jump < -1_000) throw new Error(`clock: cannot go back ${-jump} ms while the browser runs (its timers would stall)`);
    if (!this.reader) {
      this.simAt = at;
      this.wallAt = Date.now();
      return at;
    }
    if (jump < 1_000) return this.now();
    const before = this.simAt;
    this.simAt = this.touch(this.simAt + Math.floor(jump / 1000) * 1000);
    return this.settled(this.expected() - (this.simAt - before));
  }

  /** Jumps forward by `ms` of simulated time (whole seconds, rounded down). */
  advance(ms: number): Promise<number> {
    return this.set(this.expected() + ms);
  }

  /** Removes the clock's file. */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Sets the file's mtime to `at`, rounded down to whole seconds; returns that instant. */
  private touch(at: number): number {
    const seconds = Math.floor(at / 1000);
    utimesSync(this.file, seconds, seconds);
    return seconds * 1000;
  }

  /** Waits until the browser reads past `old`, the time it would read without the jump. */
  private async settled(old: number): Promise<number> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const now = await this.now();
      if (now > old + 500) return now;
      if (Date.now() > deadline) throw new Error(`clock: the browser still reads ${new Date(now).toISOString()} after a jump`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** What walkTo needs of a running browser: its alarms (driver.ts's Run has them). */
export interface AlarmReader {
  alarms(): Promise<{ name: string; scheduledTime: number }[]>;
}

export interface WalkOptions {
  /** Runs before each jump: a suite that stops the worker there proves each alarm wakes a stopped one. */
  beforeJump?: () => Promise<void>;
  /** Simulated ms before an alarm's instant that a jump stops at, so the alarm fires on the clock's own run. */
  leadMs?: number;
}

/**
 * Moves the clock forward to `target` the way time passes for the extension: jump by jump, each
 * one to just before the next alarm, which then fires at real speed and is handled before the
 * next jump. A single jump over an alarm would deliver it late, and the engine rightly takes an
 * alarm more than WAKE_SLACK_MS late for a sleep. Returns the browser's time at the end: `target`
 * to a second, or a moment after it when an alarm at `target` fired on the way.
 */
export async function walkTo(clock: Clock, browser: AlarmReader, target: number, options: WalkOptions = {}): Promise<number> {
  const lead = options.leadMs ?? 500;
  for (;;) {
    const now = await clock.now();
    const alarms = await browser.alarms();
    const next = alarms.filter((a) => a.scheduledTime > now - 1_000).sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
    const last = !next || next.scheduledTime > target;
    const to = last ? target : next.scheduledTime - lead;
    // A jump of under a second is no jump (the file holds whole seconds), and time never goes back.
    if (to > now + 1_000) {
      await options.beforeJump?.();
      await clock.set(to);
    }
    if (last) return clock.now();
    // Fired: none of that name is left at that instant. The extension's alarms all repeat (its
    // safety net), so a fired one holds its place a repeat later until the handler states it
    // anew: a walk that reads the alarms before the handler ran stops at that repeat, never past
    // an alarm the handler is about to set.
    const deadline = Date.now() + lead + 15_000;
    for (;;) {
      const left = await browser.alarms();
      if (!left.some((a) => a.name === next.name && a.scheduledTime <= next.scheduledTime)) break;
      if (Date.now() > deadline)
        throw new Error(`clock: the ${next.name} alarm at ${new Date(next.scheduledTime).toISOString()} did not fire`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
