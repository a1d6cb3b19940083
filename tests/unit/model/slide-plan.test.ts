import { describe, expect, it } from 'vitest';
import type { Deck, Section, Slide } from '../../../src/model/deck.ts';
import { slidePlan } from '../../../src/model/slide-plan.ts';

function section(slides: number, plannedSeconds?: number): Section {
  const slide = { id: 'x', number: 1, kind: 'content', title: 'x', blocks: [], notes: ['x'], fragments: false } as unknown as Slide;
  return {
    id: 's',
    title: 's',
    file: 's.md',
    slides: Array.from({ length: slides }, () => slide),
    ...(plannedSeconds && { plannedSeconds }),
  };
}

const meta = { title: 't', author: 'a', date: '2020', lang: 'vi', description: 'd', keywords: [] };

describe('slidePlan', () => {
  it('has no plan without a planned duration', () => {
    expect(slidePlan({ meta, sections: [section(3)] })).toBeUndefined();
  });

  it('shares a total among the slides in proportion when only the total is given', () => {
    const deck: Deck = { meta, sections: [section(1), section(3)], plannedSeconds: 600 };
    expect(slidePlan(deck)).toEqual([150, 150, 150, 150]);
  });

  it('gives a planned section its own time and shares the rest among the other slides', () => {
    const deck: Deck = { meta, sections: [section(2, 60), section(3), section(1)], plannedSeconds: 460 };
    expect(slidePlan(deck)).toEqual([30, 30, 100, 100, 100, 100]);
  });
});
