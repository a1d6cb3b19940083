import { describe, expect, it } from 'vitest';
import { assembleDeck } from '../../../src/content/assemble-deck.ts';
import { parseSection } from '../../../src/content/parse-section.ts';
import { SlideIds } from '../../../src/content/slide-ids.ts';
import { allSlides, type Deck } from '../../../src/model/deck.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { reservedPageIds } from '../../../src/model/page-ids.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

const meta = { title: 'T', author: 'A', date: '2020', lang: 'vi', description: 'D', keywords: [] };
const chart = '```chart\ntype: bar\ntitle: C\nitems:\n  - label: A\n    value: 1\n```\n';

function deckOf(sections: Record<string, string[]>): Deck {
  const inputs = Object.entries(sections).map(([title, slideTitles], index) => {
    const body = slideTitles.map((slide) => `## ${slide}\n\n${chart}\nGhi chú: n\n`).join('\n');
    const file = `slides/0${index + 1}.md`;
    const { section, problems } = parseSection(file, `---\ntitle: "${title}"\n---\n\n${body}`, {
      notesMarkers: createLocale('vi').notesMarkers,
    });
    if (!section) throw new Error(problems.map(formatProblem).join('\n'));
    return { file, parsed: section };
  });
  return assembleDeck(meta, inputs);
}

/** Every id the page gets from the deck: slides and charts. */
function pageIds(deck: Deck): string[] {
  return allSlides(deck).flatMap((slide) => [slide.id, ...slide.blocks.flatMap((block) => (block.type === 'chart' ? [block.id] : []))]);
}

describe('slide ids', () => {
  it('are never only digits, which reveal.js would read as a slide number', () => {
    const deck = deckOf({ 'Kết quả': ['2016', '2016', '100%'] });
    expect(allSlides(deck).map((slide) => slide.id)).toEqual(['ket-qua-2016', 'ket-qua-2016-2', 'ket-qua-100']);
  });

  it('start with a letter, taking the section as a prefix, or "trang" when it has none', () => {
    const deck = deckOf({ '2016': ['2016 trong số liệu', '…'] });
    expect(allSlides(deck).map((slide) => slide.id)).toEqual(['trang-2016-trong-so-lieu', 'trang']);
  });

  it('are unique across the page, charts included, whichever comes first', () => {
    const deck = deckOf({ 'Kết quả': ['Tình hình', 'Tình hình chart 1', 'Tình hình'], 'Bối cảnh': ['Tình hình chart 1 chart 1'] });
    const ids = pageIds(deck);
    expect(new Set(ids).size).toBe(ids.length);
    expect(allSlides(deck).map((slide) => slide.id)).toEqual([
      'tinh-hinh',
      'tinh-hinh-chart-1-2',
      'tinh-hinh-2',
      'tinh-hinh-chart-1-chart-1',
    ]);
  });

  it('never take an id the page uses for itself', () => {
    const deck = deckOf({ Phần: reservedPageIds.map((id) => id.replaceAll('-', ' ')) });
    for (const id of allSlides(deck).map((slide) => slide.id)) expect(reservedPageIds).not.toContain(id);
  });

  it('hand out readable slugs when nothing collides', () => {
    const ids = new SlideIds();
    expect(ids.slide('Tình hình năm 2016', 'Bối cảnh')).toBe('tinh-hinh-nam-2016');
    expect(ids.element('tinh-hinh-nam-2016', 'chart-1')).toBe('tinh-hinh-nam-2016-chart-1');
  });

  it('name sections by their file, wherever the folder is', () => {
    const deck = deckOf({ A: ['x'] });
    expect(deck.sections[0]?.id).toBe('01');
  });
});
