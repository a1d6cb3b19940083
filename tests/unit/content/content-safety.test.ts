import { rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { maxChartItems } from '../../../src/content/check-figures.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { fieldLengths } from '../../../src/content/schema.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem, type Problem } from '../../helpers/problem-text.ts';
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
      `deck.yaml:${lineOf(index, 'source:')} source: chỉ ghi tên một tệp nằm cạnh deck.yaml, không ghi thư mục đứng trước, đang ghi «../../../../proc/self/environ»: hãy chép tệp vào cạnh deck.yaml và chỉ ghi tên tệp`,
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
        `deck.yaml:${lineOf(index, 'source:')} source: «nguon.txt» trong ${folder()} là lối tắt tới một tệp bên ngoài ${folder()}, bài trình bày không đọc tệp đó: hãy chép chính tệp vào ${folder()}`,
        `deck.yaml:${lineOf(index, '04-y-kien.md')} sections[4]: «04-y-kien.md» trong ${folder()} là lối tắt tới một tệp bên ngoài ${folder()}, bài trình bày không đọc tệp đó: hãy chép chính tệp vào ${folder()}`,
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
      `03-so-lieu.md:${line} có một ký tự vô hình (ký tự đổi hướng chữ, U+202E) sau «- Xử lý **»: nó có thể làm chữ hiện ra khác với chữ được kiểm tra; hãy xóa nó`,
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
      `deck.yaml:${lineOf(index, 'title: ')} có một ký tự vô hình (ký tự đổi hướng chữ, U+2067) sau «title: »: nó có thể làm chữ hiện ra khác với chữ được kiểm tra; hãy xóa nó (còn ở dòng ${lineOf(index, 'shortTitle:')})`,
    ]);
    await deck.edit('deck.yaml', (text) => text.replace('\u2067', '').replace('\u200B', ''));
    expect(await problems()).toEqual([
      'nguon.txt:1 có một ký tự vô hình (khoảng trắng không độ rộng, U+200D) ở đầu dòng: nó có thể làm chữ hiện ra khác với chữ được kiểm tra; hãy xóa nó',
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
      `03-so-lieu.md:${line} chart.items[${maxChartItems.bar + 1}] (Nhóm ${lettersOf(maxChartItems.bar - 1)}): có ${maxChartItems.bar + 1} hạng mục, quá ${maxChartItems.bar} mà một biểu đồ cột hiện rõ được trên một trang: giữ nhiều nhất ${maxChartItems.bar}, phần còn lại đưa sang biểu đồ thứ hai hoặc thành các ý của trang`,
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
      `deck.yaml:2 title: dài quá ${fieldLengths.deckTitle} ký tự, đang ghi «${long.slice(0, 40)}…» (${long.length} ký tự): hãy viết ngắn lại`,
      expect.stringMatching(
        new RegExp(`^02-noi-dung\\.md:\\d+ title: tiêu đề trang dài \\d+ ký tự, quá ${fieldLengths.slideTitle}: hãy rút gọn`),
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
      `deck.yaml:${lineOf(index, './02-noi-dung.md')} sections[2]: chỉ ghi tên một tệp nằm cạnh deck.yaml, không ghi thư mục đứng trước, đang ghi «./02-noi-dung.md»: hãy chép tệp vào cạnh deck.yaml và chỉ ghi tên tệp`,
    ]);
    expect(result.warnings).toEqual([]);
  });
});
