import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeck, loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem, type Problem } from '../../helpers/problem-text.ts';
import { lineOf, type ScratchDeck, scratchDeck } from '../../helpers/scratch-deck.ts';

let deck: ScratchDeck;
afterEach(() => deck.remove());

const shown = (problem: Problem): string => formatProblem({ ...problem, file: path.basename(problem.file) });
async function problems(): Promise<string[]> {
  const result = await loadDeck(deck.dir);
  return result.ok ? [] : result.problems.map(shown);
}
const folder = (): string => path.relative(process.cwd(), deck.dir);

describe('loading a deck reports every problem at once', () => {
  it('checks the sections even when deck.yaml has a problem', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) => text.replace(/^title: .*$/m, 'title: ""'));
    await deck.edit('03-so-lieu.md', (text) => text.replace('value: 83', 'value: "83k"'));
    await deck.edit('04-y-kien.md', (text) => text.replace('fragments: true', 'fragments: có'));
    const index = await deck.read('deck.yaml');
    const results = await deck.read('03-so-lieu.md');
    expect(await problems()).toEqual([
      `deck.yaml:${lineOf(index, 'title:')} title: không được để trống`,
      `03-so-lieu.md:${lineOf(results, '83k')} chart.items[1].value (Nhóm A): cần một con số, nhưng đang ghi «83k»`,
      '04-y-kien.md:3 fragments: cần true (có) hoặc false (không), nhưng đang ghi «có»',
    ]);
  });

  it('checks the sections even when deck.yaml cannot be read as YAML, or uses an alias', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) => text.replace(/^author: .*$/m, 'author: *ban').replace('  - kiểm thử', '\t- kiểm thử'));
    await deck.edit('02-noi-dung.md', (text) => text.replace('value: 14', 'value: -14'));
    const index = await deck.read('deck.yaml');
    expect(await problems()).toEqual([
      `deck.yaml:${lineOf(index, 'author:')} «*ban» bị hiểu là bản sao của một giá trị khác, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ «"*ban"»`,
      `deck.yaml:${lineOf(index, '\t- ')} dòng này thụt vào bằng phím Tab: hãy thụt bằng dấu cách dưới «keywords:», không dùng Tab`,
      expect.stringMatching(/^02-noi-dung\.md:\d+ figure\.value: phải từ 0 trở lên, đang ghi «-14»: /),
    ]);
  });

  it('names a sections entry that is a folder at its line in deck.yaml', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await mkdir(deck.file('05-phu-luc.md'));
    await deck.edit('deck.yaml', (text) => `${text.trimEnd()}\n  - 05-phu-luc.md\n`);
    const index = await deck.read('deck.yaml');
    expect(await problems()).toEqual([
      `deck.yaml:${lineOf(index, '05-phu-luc.md')} sections[5]: «05-phu-luc.md» trong ${folder()} là thư mục, không phải tệp: hãy ghi tên một tệp`,
    ]);
  });

  it('names a missing, a repeated and a misnamed sections entry, each at its own line', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) => `${text.trimEnd()}\n  - 05-thieu.md\n  - 02-noi-dung.md\n  - ghi-chu.txt\n`);
    const lines = (await deck.read('deck.yaml')).split('\n');
    const last = lines.length - 1;
    expect(await problems()).toEqual([
      `deck.yaml:${last - 2} sections[5]: không tìm thấy tệp «05-thieu.md» trong ${folder()}: kiểm tra tên tệp, hoặc chép tệp vào ${folder()}`,
      `deck.yaml:${last - 1} sections[6]: «02-noi-dung.md» được ghi hai lần (cả ở sections[2]): chỉ ghi một lần`,
      `deck.yaml:${last} sections[7]: phải là tệp Markdown (tên kết thúc bằng .md), ví dụ 02-boi-canh.md, đang ghi «ghi-chu.txt»`,
    ]);
  });

  it('names a missing source text', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) => text.replace('source: nguon.txt', 'source: nguon-cu.txt'));
    expect(await problems()).toEqual([
      `deck.yaml:${lineOf(await deck.read('deck.yaml'), 'source:')} source: không tìm thấy tệp «nguon-cu.txt» trong ${folder()}: kiểm tra tên tệp, hoặc chép tệp vào ${folder()}`,
    ]);
  });

  it('names a missing deck.yaml, and one that is a folder', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', () => '# nothing yet\n');
    expect(await problems()).toEqual([
      'deck.yaml:1 title: còn thiếu: cần ghi một đoạn chữ',
      'deck.yaml:1 date: còn thiếu: cần ghi một đoạn chữ hoặc một con số',
      'deck.yaml:1 description: còn thiếu: cần ghi một đoạn chữ',
      'deck.yaml:1 sections: còn thiếu: cần ghi một danh sách (các dòng bắt đầu bằng «- »)',
    ]);
    const missing = await loadDeck(path.join(deck.dir, 'khong-co'));
    expect(missing.ok ? [] : missing.problems.map(shown)).toEqual([
      'deck.yaml:1 không tìm thấy tệp: bài trình bày cần tệp deck.yaml, mục lục các phần',
    ]);
    await mkdir(deck.file('thu-muc/deck.yaml'), { recursive: true });
    const isFolder = await loadDeck(deck.file('thu-muc'));
    expect(isFolder.ok ? [] : isFolder.problems.map(shown)).toEqual([
      'deck.yaml:1 đây là thư mục, không phải tệp: bài trình bày cần tệp deck.yaml, mục lục các phần',
    ]);
  });
});

describe('a Markdown file that deck.yaml does not list', () => {
  it('is a warning that names it, and the deck still loads', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await writeFile(deck.file('05-nhap.md'), '---\ntitle: Nháp\n---\n\n## Nháp\n\nGhi chú: n\n');
    await writeFile(deck.file('ghi-chu.txt'), 'not a section');
    const result = await loadDeck(deck.dir);
    expect(result.ok).toBe(true);
    expect(result.warnings.map(shown)).toEqual([
      '05-nhap.md:1 tệp này không có trong «sections:» của deck.yaml nên không được chiếu: hãy thêm vào đó, hoặc chuyển tệp ra khỏi thư mục slides',
    ]);
    const told: Problem[] = [];
    await loadDeckOrThrow(deck.dir, { onWarnings: (warnings) => told.push(...warnings) });
    expect(told).toEqual(result.warnings);
  });

  it('is also told when the deck has problems', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await writeFile(deck.file('05-nhap.md'), '');
    await deck.edit('deck.yaml', (text) => text.replace(/^title: .*$/m, 'title: ""'));
    const result = await loadDeck(deck.dir);
    expect(result.ok).toBe(false);
    expect(result.warnings.map(shown)).toEqual([expect.stringMatching(/^05-nhap\.md:1 tệp này không có trong «sections:»/)]);
  });
});
