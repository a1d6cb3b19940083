import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';
import { lineOf, scratchDeck } from '../../helpers/scratch-deck.ts';

const file = '01-bat-giu.md';

describe('one measure per chart axis', () => {
  it('refuses cases arrested beside cases investigated and solved, at the bar that counts otherwise', async () => {
    const result = await loadDeck(fixtureDecks.measures);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map((problem) => formatProblem(problem));
    const text = await readFile(path.join(fixtureDecks.measures, file), 'utf8');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${file}:${lineOf(text, 'điều tra phá án')} chart.items[2].source (Các loại)`);
    expect(problems[0]).toContain('«bắt giữ»');
  });

  it('builds the same chart once both bars count arrests, each in its own words', async () => {
    const deck = await scratchDeck(fixtureDecks.measures);
    try {
      await deck.edit(file, (text) =>
        text
          .replace('label: Các loại', 'label: Trộm cắp')
          .replace('value: 342\n    qualifier: trên', 'value: 83')
          .replace('source: điều tra phá án trên 342 vụ', 'source: bắt giữ 83 vụ trộm cắp'),
      );
      const result = await loadDeck(deck.dir);
      expect(result.ok ? [] : result.problems.map((problem) => formatProblem(problem))).toEqual([]);
    } finally {
      await deck.remove();
    }
  });
});
