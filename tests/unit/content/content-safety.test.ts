import { rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { maxChartItems } from '../../../src/content/check-figures.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { formatProblem, type Problem } from '../../../src/content/problem.ts';
import { fieldLengths } from '../../../src/content/schema.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { lineOf, type ScratchDeck, scratchDeck } from '../../helpers/scratch-deck.ts';

/** Content that would read one thing to the checks and another to the audience, or reach outside slides/, is refused where it is written. */
let deck: ScratchDeck;
afterEach(() => deck.remove());

const shown = (problem: Problem): string => formatProblem({ ...problem, file: path.basename(problem.file) });
async function problems(): Promise<string[]> {
  const result = await loadDeck(deck.dir);
  return result.ok ? [] : result.problems.map(shown);
}
const folder = (): string => path.relative(process.cwd(), deck.dir);

/** The basic deck's first bar, Nhóm B, as YAML: its figure and quote are the source's, so copies of it pass every other rule. */
const groupB = (label: string): string =>
  `  - label: ${label}\n    value: 97\n    unit: vụ\n    source: đã xử lý 83 vụ nhóm A, 97 vụ nhóm B\n`;
const lettersOf = (index: number): string =>
  String.fromCharCode(97 + (index % 26)) + (index >= 26 ? String.fromCharCode(97 + Math.floor(index / 26)) : '');

describe('the source text is held to the slides folder, like the sections', () => {
  it('refuses a path out of it at its line in deck.yaml, and reads nothing there', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) => text.replace('source: nguon.txt', 'source: ../../../../proc/self/environ'));
    const index = await deck.read('deck.yaml');
    expect(await problems()).toEqual([
      `deck.yaml:${lineOf(index, 'source:')} source: must be the name of a file in the slides folder, with no folder before it, got "../../../../proc/self/environ": put the file beside deck.yaml and write its name only`,
    ]);
  });

  it('refuses a link in the folder that leads out of it, for the source and for a section', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    const outside = await scratchDeck(fixtureDecks.basic);
    try {
      await rename(deck.file('nguon.txt'), deck.file('nguon-that.txt'));
      await symlink(outside.file('nguon.txt'), deck.file('nguon.txt'));
      await rename(deck.file('04-y-kien.md'), deck.file('04-cu.md'));
      await symlink(outside.file('04-y-kien.md'), deck.file('04-y-kien.md'));
      const index = await deck.read('deck.yaml');
      expect(await problems()).toEqual([
        `deck.yaml:${lineOf(index, 'source:')} source: "nguon.txt" in ${folder()} is a link to a file outside ${folder()}, which the deck never reads: copy the file itself into ${folder()}`,
        `deck.yaml:${lineOf(index, '04-y-kien.md')} sections[4]: "04-y-kien.md" in ${folder()} is a link to a file outside ${folder()}, which the deck never reads: copy the file itself into ${folder()}`,
      ]);
      // A link that stays inside the folder is read as the file it points to.
      await rm(deck.file('nguon.txt'));
      await symlink('nguon-that.txt', deck.file('nguon.txt'));
      await rm(deck.file('04-y-kien.md'));
      await symlink('04-cu.md', deck.file('04-y-kien.md'));
      expect(await problems()).toEqual([]);
    } finally {
      await outside.remove();
    }
  });
});

describe('invisible characters', () => {
  it('refuses a right-to-left override around a cited number, at its file and line', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    // The check would read 83, as the source says; the audience would read 38.
    await deck.edit('03-so-lieu.md', (text) => text.replace('- Xử lý **83 vụ**', '- Xử lý **\u202E83\u202C vụ**'));
    const line = lineOf(await deck.read('03-so-lieu.md'), 'Xử lý **');
    expect(await problems()).toEqual([
      `03-so-lieu.md:${line} an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE, after "- Xử lý **": it can make the text read otherwise than the checks read it; delete it`,
    ]);
  });

  it('refuses zero-width and isolate characters in deck.yaml and in the source, naming the other lines that hold one', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) =>
      text.replace('title: Huyện', 'title: \u2067Huyện').replace('shortTitle: Tổng', 'shortTitle: Tổng\u200B'),
    );
    await deck.edit('nguon.txt', (text) => `\u200D${text}`);
    const index = await deck.read('deck.yaml');
    expect(await problems()).toEqual([
      `deck.yaml:${lineOf(index, 'title: ')} an invisible character, U+2067 RIGHT-TO-LEFT ISOLATE, after "title: ": it can make the text read otherwise than the checks read it; delete it (there are more on line ${lineOf(index, 'shortTitle:')})`,
    ]);
    await deck.edit('deck.yaml', (text) => text.replace('\u2067', '').replace('\u200B', ''));
    expect(await problems()).toEqual([
      'nguon.txt:1 an invisible character, U+200D ZERO WIDTH JOINER, at the start of the line: it can make the text read otherwise than the checks read it; delete it',
    ]);
  });
});

describe('limits that keep a slip out of every page', () => {
  it(`refuses a bar chart of more than ${maxChartItems.bar} items at the first item too many, and takes ${maxChartItems.bar}`, async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    const many = (count: number) => (text: string) =>
      text.replace(groupB('Nhóm B'), Array.from({ length: count - 1 }, (_value, index) => groupB(`Nhóm ${lettersOf(index)}`)).join(''));
    const original = await deck.read('03-so-lieu.md');
    await deck.edit('03-so-lieu.md', many(maxChartItems.bar + 1));
    const text = await deck.read('03-so-lieu.md');
    const line = text.split('\n').findIndex((candidate) => candidate.includes(`label: Nhóm ${lettersOf(maxChartItems.bar - 1)}`)) + 1;
    expect(await problems()).toEqual([
      `03-so-lieu.md:${line} chart.items[${maxChartItems.bar + 1}] (Nhóm ${lettersOf(maxChartItems.bar - 1)}): ${maxChartItems.bar + 1} items, more than the ${maxChartItems.bar} a bar chart shows readably on a slide: keep at most ${maxChartItems.bar} in this chart, and show the others in a second chart or as points of the slide`,
    ]);
    await writeFile(deck.file('03-so-lieu.md'), original);
    await deck.edit('03-so-lieu.md', many(maxChartItems.bar));
    expect(await problems()).toEqual([]);
  });

  it('refuses a 1 MB title without printing it back, and a slide title past its limit', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    const long = 'Tiêu đề '.repeat(130_000).trim();
    await deck.edit('deck.yaml', (text) => text.replace(/^title: .*$/m, `title: ${long}`));
    await deck.edit('02-noi-dung.md', (text) => text.replace(/^## (.*)$/m, `## $1 ${'rất dài '.repeat(30).trim()}`));
    const found = await problems();
    expect(found).toEqual([
      `deck.yaml:2 title: must be at most ${fieldLengths.deckTitle} characters, got "${long.slice(0, 40)}…" (${long.length} characters): shorten it`,
      expect.stringMatching(
        new RegExp(
          `^02-noi-dung\\.md:\\d+ title: the slide title is \\d+ characters long, more than ${fieldLengths.slideTitle}: shorten it`,
        ),
      ),
    ]);
    expect(found.join('\n').length).toBeLessThan(1000);
  });

  it('refuses a chart label, a unit and a quote past their limits, each at its field', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('03-so-lieu.md', (text) =>
      text
        .replace('label: Nhóm A', `label: Nhóm ${'A'.repeat(fieldLengths.label)}`)
        .replace(
          '    unit: vụ\n    source: đã xử lý 83 vụ nhóm A, 97 vụ nhóm B',
          `    unit: ${'vụ'.repeat(fieldLengths.unit)}\n    source: đã xử lý 83 vụ nhóm A, 97 vụ nhóm B`,
        ),
    );
    const fields = (await problems()).map((problem) => problem.replace(/^\S+ (\S+).*$/, '$1'));
    expect(fields).toEqual(['chart.items[1].label', 'chart.items[2].unit']);
  });
});

describe('section file names as an editor writes them', () => {
  it('takes a name with spaces and accents, and the same name saved with decomposed letters', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    const name = '02 Nội dung chính.md';
    await rename(deck.file('02-noi-dung.md'), deck.file(name.normalize('NFD')));
    await deck.edit('deck.yaml', (text) => text.replace('- 02-noi-dung.md', `- "${name}"`));
    const result = await loadDeck(deck.dir);
    expect(result.ok ? [] : result.problems.map(shown)).toEqual([]);
    expect(result.warnings).toEqual([]);
    if (!result.ok) throw new Error('the deck did not load');
    expect(result.context.deck.sections.map((section) => section.id)).toContain('02-noi-dung-chinh');
    expect(allSlides(result.context.deck).length).toBeGreaterThan(3);
  });

  it('says what is wrong with a name that is refused, and does not also call the file unlisted', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) => text.replace('- 02-noi-dung.md', '- ./02-noi-dung.md'));
    const result = await loadDeck(deck.dir);
    const index = await deck.read('deck.yaml');
    expect(result.ok ? [] : result.problems.map(shown)).toEqual([
      `deck.yaml:${lineOf(index, './02-noi-dung.md')} sections[2]: must be the name of a file in the slides folder, with no folder before it, got "./02-noi-dung.md": put the file beside deck.yaml and write its name only`,
    ]);
    expect(result.warnings).toEqual([]);
  });
});
