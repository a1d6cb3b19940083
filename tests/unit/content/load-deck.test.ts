import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { formatProblem } from '../../../src/content/problem.ts';
import { allSlides } from '../../../src/model/deck.ts';

describe('loadDeck', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'deck-slides-'));
    await cp('slides', dir, { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const edit = async (file: string, change: (text: string) => string): Promise<void> => {
    const full = path.join(dir, file);
    await writeFile(full, change(await readFile(full, 'utf8')));
  };
  const problems = async (): Promise<string[]> => {
    const result = await loadDeck(dir);
    return result.ok ? [] : result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));
  };

  it('loads the real deck into sections of numbered slides with unique ids', async () => {
    const result = await loadDeck(dir);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    const slides = allSlides(result.deck);
    expect(slides.map((slide) => slide.number)).toEqual(slides.map((_slide, index) => index + 1));
    expect(new Set(slides.map((slide) => slide.id)).size).toBe(slides.length);
    expect(result.deck.meta.lang).toBe('vi');
  });

  it('names a missing section file at its line in deck.yaml', async () => {
    await edit('deck.yaml', (text) => text.replace('03-chi-dao.md', '03-chi-dao-cu.md'));
    const yaml = await readFile(path.join(dir, 'deck.yaml'), 'utf8');
    const line = yaml.split('\n').findIndex((row) => row.includes('03-chi-dao-cu.md')) + 1;
    expect(await problems()).toEqual([
      `deck.yaml:${line} sections[3]: file "03-chi-dao-cu.md" not found in ${path.relative(process.cwd(), dir)}`,
    ]);
  });

  it('collects problems from every file before reporting', async () => {
    await edit('04-ket-qua.md', (text) => text.replace('value: 159', 'value: "12k"'));
    await edit('06-khen-thuong.md', (text) => text.replace('value: 45', 'value: bốn lăm'));
    const found = await problems();
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^04-ket-qua\.md:\d+ chart\.items\[1\]\.value \(Số vụ\): expected a number, got "12k"$/);
    expect(found[1]).toMatch(/^06-khen-thuong\.md:\d+ figure\.value: expected a number, got "bốn lăm"$/);
  });

  it('reports a bad index field with its line', async () => {
    await edit('deck.yaml', (text) => text.replace(/^author: .*$/m, 'author: ""'));
    const yaml = await readFile(path.join(dir, 'deck.yaml'), 'utf8');
    const line = yaml.split('\n').findIndex((row) => row.startsWith('author:')) + 1;
    expect(await problems()).toEqual([`deck.yaml:${line} author: must not be empty`]);
  });
});
