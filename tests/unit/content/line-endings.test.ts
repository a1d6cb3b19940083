import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type LoadResult, loadDeck } from '../../../src/content/load-deck.ts';
import { renderHead } from '../../../src/html/render-head.ts';
import { renderSlides } from '../../../src/html/render-slides.ts';
import type { Deck } from '../../../src/model/deck.ts';
import { createDeckContext } from '../../../src/model/deck-context.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';
import { lineOf, type ScratchDeck, scratchDeck } from '../../helpers/scratch-deck.ts';

const variants: Record<string, (text: string) => string> = {
  CRLF: (text) => text.replaceAll('\n', '\r\n'),
  CR: (text) => text.replaceAll('\n', '\r'),
  BOM: (text) => `\uFEFF${text}`,
  'BOM and CRLF': (text) => `\uFEFF${text.replaceAll('\n', '\r\n')}`,
  NFD: (text) => text.normalize('NFD'),
};

let decks: ScratchDeck[] = [];
afterEach(async () => {
  await Promise.all(decks.map((deck) => deck.remove()));
  decks = [];
});

async function copyOfBasic(): Promise<ScratchDeck> {
  const deck = await scratchDeck(fixtureDecks.basic);
  decks.push(deck);
  return deck;
}

function loaded(result: LoadResult): Deck {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.context.deck;
}

/** The deck as the web page shows it: the same functions the build puts into index.html. */
function renderedHtml(deck: Deck): string {
  return `${renderHead(deck)}\n${renderSlides(createDeckContext(deck))}`;
}

/** The model with the folder's name taken out, so that two copies compare equal. */
function withoutFolder(deck: Deck, dir: string): string {
  return JSON.stringify(deck).replaceAll(path.relative(process.cwd(), dir), 'slides');
}

describe('content files saved by any editor', () => {
  it.each(Object.keys(variants))('a deck whose every file (deck.yaml, sections, source) has %s builds as the LF one', async (name) => {
    const reference = await copyOfBasic();
    const variant = await copyOfBasic();
    const change = variants[name] ?? ((text: string) => text);
    const files = await variant.files();
    expect(files).toEqual(expect.arrayContaining(['deck.yaml', 'nguon.txt', '01-mo-dau.md']));
    for (const file of files) await variant.edit(file, change);

    const expected = loaded(await loadDeck(reference.dir));
    const actual = loaded(await loadDeck(variant.dir));
    expect(withoutFolder(actual, variant.dir)).toBe(withoutFolder(expected, reference.dir));
    expect(renderedHtml(actual).replaceAll(path.relative(process.cwd(), variant.dir), 'slides')).toBe(
      renderedHtml(expected).replaceAll(path.relative(process.cwd(), reference.dir), 'slides'),
    );
  });

  it('reports problems at the same lines whatever the line endings', async () => {
    const lf = await copyOfBasic();
    const crlf = await copyOfBasic();
    const breakIt = (text: string): string => text.replace('value: 83', 'value: "83k"');
    await lf.edit('03-so-lieu.md', breakIt);
    await crlf.edit('03-so-lieu.md', (text) => variants.CRLF?.(breakIt(text)) ?? text);
    const problems = async (deck: ScratchDeck): Promise<string[]> => {
      const result = await loadDeck(deck.dir);
      return result.ok ? [] : result.problems.map((problem) => formatProblem({ ...problem, file: path.basename(problem.file) }));
    };
    expect(await problems(crlf)).toEqual(await problems(lf));
    const line = lineOf(await lf.read('03-so-lieu.md'), '"83k"');
    expect(await problems(lf)).toEqual([`03-so-lieu.md:${line} chart.items[1].value (Nhóm A): cần một con số, nhưng đang ghi «83k»`]);
  });

  it.each(['deck.yaml', '02-noi-dung.md', 'nguon.txt'])('refuses %s when it is not UTF-8, naming the file and line', async (file) => {
    const deck = await copyOfBasic();
    const text = await deck.read(file);
    const lines = text.split('\n');
    // The third line's "ế"/"ộ"… saved as Latin-1 would be: one byte that UTF-8 cannot read.
    const latin1 = Buffer.concat([
      Buffer.from(`${lines.slice(0, 2).join('\n')}\n`),
      Buffer.from([0x54, 0xe9, 0x0a]),
      Buffer.from(lines.slice(2).join('\n')),
    ]);
    await writeFile(deck.file(file), latin1);
    const result = await loadDeck(deck.dir);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `${file.replace('.', '\\.')}:3 tệp không phải chữ UTF-8: byte thứ 2 của dòng này \\(byte \\d+ của tệp, 0xE9\\) sau «T» .*lưu lại tệp dạng UTF-8`,
        ),
      ),
    ]);
  });
});
