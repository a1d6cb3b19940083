import { describe, expect, it } from 'vitest';
import { formatDuration, pacing } from '../../../src/talk/pacing.ts';

describe('pacing', () => {
  const plan = [60, 120, 60];

  it('is ahead when a slide is reached before its planned start', () => {
    expect(pacing(plan, 2, 100)).toEqual({ state: 'ahead', deltaSeconds: 80, plannedSeconds: 240 });
  });

  it('is on track within the slide planned time, edges included', () => {
    expect(pacing(plan, 1, 60).state).toBe('onTrack');
    expect(pacing(plan, 1, 180).state).toBe('onTrack');
    expect(pacing(plan, 1, 120).deltaSeconds).toBe(0);
  });

  it('is behind once the slide planned end has passed', () => {
    expect(pacing(plan, 0, 75)).toEqual({ state: 'behind', deltaSeconds: 15, plannedSeconds: 240 });
    expect(pacing(plan, 2, 300)).toEqual({ state: 'behind', deltaSeconds: 60, plannedSeconds: 240 });
  });

  it('treats a slide past the plan as the last one', () => {
    expect(pacing(plan, 9, 200).state).toBe('onTrack');
  });
});

describe('formatDuration', () => {
  it('writes minutes and seconds, and hours when there are any', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75.9)).toBe('1:15');
    expect(formatDuration(600)).toBe('10:00');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(-3)).toBe('0:00');
  });
});
