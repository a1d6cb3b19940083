import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

describe('timing in deck.yaml', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'deck-timing-'));
    await cp(fixtureDecks.basic, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const withTiming = async (yaml: string) => {
    const file = path.join(dir, 'deck.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^sections:/m, `${yaml}\nsections:`));
    return loadDeck(dir);
  };
  const problems = async (yaml: string): Promise<string[]> => {
    const result = await withTiming(yaml);
    return result.ok ? [] : result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));
  };

  it('is optional', async () => {
    const result = await loadDeck(dir);
    expect(result.ok && result.context.deck.plannedSeconds).toBeUndefined();
  });

  it('reads minutes as numbers or m:ss, for the talk and for some sections', async () => {
    const result = await withTiming('timing:\n  total: 12.5\n  sections:\n    03-so-lieu.md: "4:30"');
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.context.deck.plannedSeconds).toBe(750);
    expect(result.context.deck.sections.map((section) => section.plannedSeconds)).toEqual([undefined, undefined, 270, undefined]);
  });

  it('names a bad duration at its line', async () => {
    expect(await problems('timing:\n  total: soon')).toEqual([
      expect.stringMatching(
        /^deck\.yaml:\d+ timing\.total: phải là thời lượng tính bằng phút, ví dụ 20, 1\.5 hoặc «12:30», đang ghi «soon»$/,
      ),
    ]);
  });

  it('names a section file that is not in the deck', async () => {
    const unknown = await problems('timing:\n  total: 10\n  sections:\n    09-khac.md: 2');
    expect(unknown).toEqual([
      expect.stringMatching(/^deck\.yaml:\d+ timing\.sections\.09-khac\.md: «09-khac\.md» không phải là một tệp trong «sections»/),
    ]);
  });

  it('refuses sections that need more time than the talk has', async () => {
    expect(await problems('timing:\n  total: 5\n  sections:\n    02-noi-dung.md: 4\n    03-so-lieu.md: 3')).toEqual([
      expect.stringMatching(/timing\.sections: các phần cộng lại 7:00, nhiều hơn tổng thời lượng 5:00: /),
    ]);
  });
});
