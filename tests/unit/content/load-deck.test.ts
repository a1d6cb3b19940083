import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { brokenDeckProblems, fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';

const problemsOf = async (dir: string): Promise<string[]> => {
  const result = await loadDeck(dir);
  return result.ok ? [] : result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));
};

describe('loadDeck', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'deck-slides-'));
    await cp(fixtureDecks.basic, dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const edit = async (file: string, change: (text: string) => string): Promise<void> => {
    const full = path.join(dir, file);
    const before = await readFile(full, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the edit changed nothing in ${file}`);
    await writeFile(full, after);
  };
  const lineOf = async (file: string, text: string): Promise<number> =>
    (await readFile(path.join(dir, file), 'utf8')).split('\n').findIndex((row) => row.includes(text)) + 1;

  it('loads a deck into sections of numbered slides with unique ids, in the order of deck.yaml', async () => {
    const result = await loadDeck(dir);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const slides = allSlides(result.context.deck);
    expect(slides.map((slide) => slide.number)).toEqual(slides.map((_slide, index) => index + 1));
    expect(new Set(slides.map((slide) => slide.id)).size).toBe(slides.length);
    expect(result.context.deck.sections.map((section) => path.basename(section.file))).toEqual([
      '01-mo-dau.md',
      '02-noi-dung.md',
      '03-so-lieu.md',
      '04-y-kien.md',
    ]);
    expect(result.context.deck.meta).toMatchObject({ lang: 'vi', source: 'nguon.txt', date: '2020' });
  });

  it('names a missing section file at its line in deck.yaml', async () => {
    await edit('deck.yaml', (text) => text.replace('03-so-lieu.md', '03-so-lieu-cu.md'));
    const line = await lineOf('deck.yaml', '03-so-lieu-cu.md');
    expect(await problemsOf(dir)).toEqual([
      `deck.yaml:${line} sections[3]: không tìm thấy tệp «03-so-lieu-cu.md» trong ${path.relative(process.cwd(), dir)}: kiểm tra tên tệp, hoặc chép tệp vào ${path.relative(process.cwd(), dir)}`,
    ]);
  });

  it('collects the problems of every file, each at its own line and field, before reporting', async () => {
    expect(await problemsOf(fixtureDecks.broken)).toEqual(brokenDeckProblems);
  });

  it('reports a bad index field with its line', async () => {
    await edit('deck.yaml', (text) => text.replace(/^title: .*$/m, 'title: ""'));
    const line = await lineOf('deck.yaml', 'title:');
    expect(await problemsOf(dir)).toEqual([`deck.yaml:${line} title: không được để trống`]);
  });

  it('reports a chart value written with a decimal comma at its line', async () => {
    await edit('03-so-lieu.md', (text) => text.replace('value: 2.5', 'value: 2,5'));
    const line = await lineOf('03-so-lieu.md', 'value: 2,5');
    expect(await problemsOf(dir)).toEqual([
      `03-so-lieu.md:${line} figure.value: cần một con số, nhưng đang ghi «2,5» (số thập phân ghi bằng dấu chấm, ví dụ 1.5; trang chiếu sẽ hiện 1,5)`,
    ]);
  });
});
