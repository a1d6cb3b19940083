import { describe, expect, it } from 'vitest';
import {
  applyTimerAction,
  idleTimer,
  startTimerIfIdle,
  timerElapsedMs,
  timerFromSnapshot,
  timerSnapshot,
} from '../../../src/talk/talk-timer.ts';

describe('the talk clock', () => {
  it('starts at the first move, pauses, resumes and resets', () => {
    const started = startTimerIfIdle(idleTimer, 1000);
    expect(timerElapsedMs(started, 4000)).toBe(3000);
    const paused = applyTimerAction(started, 'pause', 5000);
    expect(timerSnapshot(paused, 9000)).toEqual({ elapsedMs: 4000, running: false });
    // A move while paused does not restart it.
    expect(startTimerIfIdle(paused, 9000)).toBe(paused);
    const resumed = applyTimerAction(paused, 'resume', 10_000);
    expect(timerElapsedMs(resumed, 11_000)).toBe(5000);
    expect(applyTimerAction(resumed, 'reset', 12_000)).toEqual(idleTimer);
  });

  it('carries a snapshot over to another clock', () => {
    const local = timerFromSnapshot({ elapsedMs: 60_000, running: true }, 500);
    expect(timerElapsedMs(local, 1500)).toBe(61_000);
    expect(timerElapsedMs(timerFromSnapshot({ elapsedMs: 60_000, running: false }, 500), 9999)).toBe(60_000);
  });
});
