import type { TalkPosition } from './protocol.ts';

/**
 * The talk's steps as reveal.js takes them: each fragment of a slide in turn, then the next slide
 * with none shown. `fragmentCounts[h]` is the number of fragment steps on slide h.
 */
export function stepAfter(position: TalkPosition, fragmentCounts: readonly number[]): TalkPosition | undefined {
  const count = fragmentCounts[position.h] ?? 0;
  if (position.f < count - 1) return { h: position.h, f: position.f + 1 };
  return position.h + 1 < fragmentCounts.length ? { h: position.h + 1, f: -1 } : undefined;
}

/** One step back; going back a slide shows it whole, as reveal.js does. */
export function stepBefore(position: TalkPosition, fragmentCounts: readonly number[]): TalkPosition | undefined {
  if (position.f > -1) return { h: position.h, f: position.f - 1 };
  if (position.h === 0) return undefined;
  return { h: position.h - 1, f: (fragmentCounts[position.h - 1] ?? 0) - 1 };
}
