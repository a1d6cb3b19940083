import { describe, expect, it } from 'vitest';
import { DeckError } from '../../../src/base/errors.ts';
import type { Deck, Slide } from '../../../src/model/deck.ts';
import { buildPdfOutline } from '../../../src/pdf/build-pdf-outline.ts';
import { errorText } from '../../helpers/problem-text.ts';

function slide(id: string, number: number): Slide {
  return {
    id,
    number,
    kind: 'content',
    title: `Title ${id}`,
    blocks: [],
    notes: [],
    fragments: false,
    location: { file: 'x.md', line: 1 },
  };
}

const deck: Deck = {
  meta: { title: 'T', author: 'A', date: '2000', lang: 'vi', description: 'D', keywords: [] },
  sections: [
    { id: 'one', title: 'One', file: 'one.md', slides: [slide('a', 1), slide('b', 2)] },
    { id: 'two', title: 'Two', file: 'two.md', slides: [slide('c', 3)] },
  ],
};

describe('buildPdfOutline', () => {
  it('gives one bookmark per section with its slides under it, one page per slide', () => {
    expect(buildPdfOutline(deck, ['a', 'b', 'c'])).toEqual([
      {
        title: 'One',
        pageIndex: 0,
        children: [
          { title: 'Title a', pageIndex: 0, children: [] },
          { title: 'Title b', pageIndex: 1, children: [] },
        ],
      },
      { title: 'Two', pageIndex: 2, children: [{ title: 'Title c', pageIndex: 2, children: [] }] },
    ]);
  });

  it('points each slide at its first page when fragments take several pages', () => {
    const outline = buildPdfOutline(deck, ['a', 'b', 'b', 'b', 'c']);
    expect(outline.map((section) => section.children.map((child) => child.pageIndex))).toEqual([[0, 1], [4]]);
  });

  it('refuses a build that lacks a slide of the content', () => {
    expect(() => buildPdfOutline(deck, ['a', 'c'])).toThrow(DeckError);
    let failure: unknown;
    try {
      buildPdfOutline(deck, ['a', 'c']);
    } catch (error) {
      failure = error;
    }
    expect(errorText(failure)).toMatch(/Title b.*--no-build/);
  });
});
