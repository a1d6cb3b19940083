import { describe, expect, it } from 'vitest';
import { fillNotesPages, paginateNotes } from '../../../src/pdf/paginate-notes.ts';

const block = (notes: number[]) => ({ head: 100, title: 6, notes });

describe('paginateNotes', () => {
  it('puts two slides with short notes on one page, and starts a page when the next does not fit', () => {
    const pages = paginateNotes([block([10, 10]), block([20]), block([30]), block([5])], 257, 8);
    expect(pages.map((page) => page.map((placement) => placement.block))).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(pages.flat().every((placement) => !placement.continued)).toBe(true);
  });

  it('gives a slide with long notes the next page, and runs notes longer than a page on to another', () => {
    const pages = paginateNotes([block([20]), block([60, 60, 60, 60])], 257, 8);
    expect(pages).toEqual([
      [{ block: 0, from: 0, to: 1, continued: false }],
      [{ block: 1, from: 0, to: 2, continued: false }],
      [{ block: 1, from: 2, to: 4, continued: true }],
    ]);
  });

  it('places a paragraph taller than a page on a page of its own rather than losing it', () => {
    const pages = paginateNotes([block([300])], 257, 8);
    expect(pages.flat()).toEqual([
      { block: 0, from: 0, to: 0, continued: false },
      { block: 0, from: 0, to: 1, continued: true },
    ]);
  });

  it('keeps every paragraph exactly once, in order', () => {
    const blocks = Array.from({ length: 12 }, (_value, index) => block(Array.from({ length: index % 5 }, () => 12 + index)));
    const placed = paginateNotes(blocks, 257, 8).flat();
    blocks.forEach((each, index) => {
      const ranges = placed.filter((placement) => placement.block === index);
      expect(ranges.map((range) => range.to - range.from).reduce((a, b) => a + b, 0)).toBe(each.notes.length);
    });
  });
});

describe('fillNotesPages', () => {
  const slot = { height: 60, maxHeight: 100 };
  const sized = (notes: number[]) => ({ head: 80, title: 6, notes });

  it('grows the slides of a page to fill it, shared among the slides drawn there', () => {
    const blocks = [sized([20]), sized([20])];
    const pages = paginateNotes(blocks, 257, 8);
    expect(pages).toHaveLength(1);
    // 257 − (80 + 20 + 8 + 80 + 20) = 49 mm to share: 24.5 each.
    expect(fillNotesPages(blocks, pages, 257, 8, slot)).toEqual([84.5]);
  });

  it('grows a slide alone on its page no larger than the largest slot', () => {
    const blocks = [sized([20]), sized([150])];
    const pages = paginateNotes(blocks, 257, 8);
    expect(pages).toHaveLength(2);
    expect(fillNotesPages(blocks, pages, 257, 8, slot)).toEqual([100, 87]);
  });

  it('leaves a page that only continues notes as it is', () => {
    const blocks = [sized([170, 170])];
    const pages = paginateNotes(blocks, 257, 8);
    expect(pages.map((page) => page.map((placement) => placement.continued))).toEqual([[false], [true]]);
    expect(fillNotesPages(blocks, pages, 257, 8, slot)).toEqual([67, 60]);
  });
});
