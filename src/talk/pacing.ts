/** Ahead: the speaker reached this slide before its planned start; behind: its planned end has passed. */
export type PacingState = 'ahead' | 'onTrack' | 'behind';

export interface Pacing {
  state: PacingState;
  /** How far ahead or behind, in seconds (0 when on track). */
  deltaSeconds: number;
  /** The whole talk's plan, in seconds. */
  plannedSeconds: number;
}

/** Where the speaker stands against a plan of seconds per slide, on slide `slide` after `elapsedSeconds`. */
export function pacing(plan: readonly number[], slide: number, elapsedSeconds: number): Pacing {
  const plannedSeconds = plan.reduce((sum, seconds) => sum + seconds, 0);
  const index = Math.min(Math.max(slide, 0), plan.length - 1);
  const start = plan.slice(0, index).reduce((sum, seconds) => sum + seconds, 0);
  const end = start + (plan[index] ?? 0);
  if (elapsedSeconds < start) return { state: 'ahead', deltaSeconds: start - elapsedSeconds, plannedSeconds };
  if (elapsedSeconds > end) return { state: 'behind', deltaSeconds: elapsedSeconds - end, plannedSeconds };
  return { state: 'onTrack', deltaSeconds: 0, plannedSeconds };
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
