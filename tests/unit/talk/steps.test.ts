import { describe, expect, it } from 'vitest';
import { stepAfter, stepBefore } from '../../../src/talk/steps.ts';

describe('the talk steps', () => {
  // Three slides; the middle one has two fragments.
  const counts = [0, 2, 0];

  it('goes through each fragment, then to the next slide with none shown', () => {
    const visited = [];
    for (let position = { h: 0, f: -1 } as ReturnType<typeof stepAfter>; position; position = stepAfter(position, counts)) {
      visited.push(`${position.h}.${position.f}`);
    }
    expect(visited).toEqual(['0.-1', '1.-1', '1.0', '1.1', '2.-1']);
  });

  it('goes back a fragment at a time, and to a previous slide shown whole', () => {
    expect(stepBefore({ h: 1, f: 1 }, counts)).toEqual({ h: 1, f: 0 });
    expect(stepBefore({ h: 1, f: -1 }, counts)).toEqual({ h: 0, f: -1 });
    expect(stepBefore({ h: 2, f: -1 }, counts)).toEqual({ h: 1, f: 1 });
    expect(stepBefore({ h: 0, f: -1 }, counts)).toBeUndefined();
  });
});
