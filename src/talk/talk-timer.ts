import type { TimerAction, TimerSnapshot } from './protocol.ts';

/** The talk's clock: time banked so far, plus the running stretch since `runningSince` (ms). */
export interface TalkTimer {
  elapsedMs: number;
  runningSince: number | null;
}

/** Not started: it starts at the talk's first move (see startTimerIfIdle). */
export const idleTimer: TalkTimer = { elapsedMs: 0, runningSince: null };

export function timerElapsedMs(timer: TalkTimer, now: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

export function timerSnapshot(timer: TalkTimer, now: number): TimerSnapshot {
  return { elapsedMs: timerElapsedMs(timer, now), running: timer.runningSince !== null };
}

/** Starts a clock that has never run; a paused one stays paused. */
export function startTimerIfIdle(timer: TalkTimer, now: number): TalkTimer {
  return timer.runningSince === null && timer.elapsedMs === 0 ? { elapsedMs: 0, runningSince: now } : timer;
}

export function applyTimerAction(timer: TalkTimer, action: TimerAction, now: number): TalkTimer {
  switch (action) {
    case 'pause':
      return { elapsedMs: timerElapsedMs(timer, now), runningSince: null };
    case 'resume':
      return timer.runningSince === null ? { elapsedMs: timer.elapsedMs, runningSince: now } : timer;
    case 'reset':
      return idleTimer;
  }
}

/** A snapshot received at `receivedAt` (local clock), as a timer running on the local clock. */
export function timerFromSnapshot(snapshot: TimerSnapshot, receivedAt: number): TalkTimer {
  return { elapsedMs: snapshot.elapsedMs, runningSince: snapshot.running ? receivedAt : null };
}
