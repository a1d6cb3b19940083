import { afterEach, describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { englishWordsIn } from '../../helpers/english-words.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { formatProblem } from '../../helpers/problem-text.ts';
import { lineOf, type ScratchDeck, scratchDeck } from '../../helpers/scratch-deck.ts';

let deck: ScratchDeck;
afterEach(() => deck.remove());

/** Each problem of the copy as the build prints it, with the file named as in the copy. */
async function refusals(): Promise<string[]> {
  const result = await loadDeck(deck.dir);
  return result.ok
    ? []
    : result.problems.map((problem) => formatProblem({ ...problem, file: problem.file.split('/').pop() ?? problem.file }));
}

/** A refusal names the file and its line, is Vietnamese, and holds no English sentence. */
function expectVietnamese(problems: readonly string[], file: string, line: number): void {
  expect(problems).toHaveLength(1);
  const [problem = ''] = problems;
  expect(problem.startsWith(`${file}:${line} `), problem).toBe(true);
  expect(problem).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  expect(englishWordsIn(problem), problem).toEqual([]);
}

describe('the refusals an editor meets, tried as a new user would, on a copy of a fixture deck', () => {
  it('a changed figure', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('03-so-lieu.md', (text) => text.replace('value: 83', 'value: 84'));
    const problems = await refusals();
    expectVietnamese(problems, '03-so-lieu.md', lineOf(await deck.read('03-so-lieu.md'), 'value: 84'));
    expect(problems[0]).toContain('số 84 không có trong câu trích dẫn «xử lý 83 vụ nhóm A»: sửa số hoặc câu trích dẫn');
  });

  it('a changed unit', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('02-noi-dung.md', (text) => text.replace('unit: thôn, bản', 'unit: xã'));
    const problems = await refusals();
    expectVietnamese(problems, '02-noi-dung.md', lineOf(await deck.read('02-noi-dung.md'), 'value: 14'));
    expect(problems[0]).toContain('bài viết ghi «14 thôn», không phải «14 xã»: giữ đơn vị của bài viết');
  });

  it('a dropped qualifier', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('03-so-lieu.md', (text) => text.replace('    value: 420\n    qualifier: trên\n', '    value: 420\n'));
    const problems = await refusals();
    expectVietnamese(problems, '03-so-lieu.md', lineOf(await deck.read('03-so-lieu.md'), 'value: 420'));
    expect(problems[0]).toContain('thiếu chữ «trên» trước số 420');
  });

  it('words that are not in the article', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('03-so-lieu.md', (text) => text.replace('[^xu-ly]: đã xử lý 83 vụ nhóm A', '[^xu-ly]: đã giải quyết 83 vụ nhóm A'));
    const problems = await refusals();
    expectVietnamese(problems, '03-so-lieu.md', lineOf(await deck.read('03-so-lieu.md'), '[^xu-ly]: '));
    expect(problems[0]).toMatch(/câu trích dẫn «đã giải quyết 83 vụ nhóm A.*» không có trong .*nguon\.txt/);
  });

  it('a broken deck.yaml', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) => text.replace('title: Huyện', 'title: "Huyện'));
    const problems = await refusals();
    expectVietnamese(problems, 'deck.yaml', lineOf(await deck.read('deck.yaml'), 'title: "Huyện'));
    expect(problems[0]).toContain('chữ mở bằng dấu «"» ở đây chưa đóng');
  });

  it('a missing section file', async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('deck.yaml', (text) => text.replace('  - 04-y-kien.md', '  - 04-y-kien.md\n  - 05-ket-luan.md'));
    const problems = await refusals();
    expectVietnamese(problems, 'deck.yaml', lineOf(await deck.read('deck.yaml'), '05-ket-luan.md'));
    expect(problems[0]).toContain('không tìm thấy tệp «05-ket-luan.md»');
  });
});
