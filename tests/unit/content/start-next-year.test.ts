import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../../src/base/message.ts';
import type { Progress } from '../../../src/base/progress.ts';
import { loadDeck } from '../../../src/content/load-deck.ts';
import { startNextYear } from '../../../src/content/start-next-year.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { errorText, formatProblem, say } from '../../helpers/problem-text.ts';
import { type ScratchDeck, scratchDeck } from '../../helpers/scratch-deck.ts';

/** A made-up article of the basic deck's next year: every figure, date and reference differs. */
const nextArticle = `Huyện Mẫu tổng kết công tác thử nghiệm năm 2021

Năm 2021, Huyện Mẫu thực hiện Kế hoạch số 15-KH/HM ngày 8/1/2021 về công tác thử nghiệm. Huyện thành lập tổ thử nghiệm ở 16 thôn, bản.

Trong năm, lực lượng chức năng đã xử lý 88 vụ nhóm A, 99 vụ nhóm B; tổ chức tập huấn cho trên 450 lượt người, bằng 150% kế hoạch; hỗ trợ đợt một cho trên 800 người, đợt hai cho 91 người. Tài sản thu hồi khoảng trên 3,1 tỷ đồng.

Phát biểu tại hội nghị, đồng chí Trần Văn Mẫu, Chủ tịch UBND huyện, đề nghị tiếp tục nâng cao chất lượng công tác thử nghiệm.
`;

let deck: ScratchDeck;
let said: string[];
let progress: Progress;
beforeEach(async () => {
  deck = await scratchDeck(fixtureDecks.basic);
  said = [];
  const tell = (message: Message): void => {
    said.push(say(message));
  };
  progress = { step: tell, done: tell };
});
afterEach(() => deck.remove());

/** Every file under the copy, with its bytes: what "nothing changed" compares. */
async function snapshot(): Promise<Record<string, string>> {
  const entries = await readdir(deck.dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(deck.dir, path.join(entry.parentPath, entry.name)));
  return Object.fromEntries(await Promise.all(files.sort().map(async (file) => [file, await readFile(deck.file(file), 'base64')])));
}

/** Every line of the deck's sections that cites the article: a `source:` field or a `[^name]:` quote. */
async function citingLines(): Promise<string[]> {
  const found: string[] = [];
  for (const file of ['01-mo-dau.md', '02-noi-dung.md', '03-so-lieu.md', '04-y-kien.md']) {
    (await deck.read(file)).split('\n').forEach((line, index) => {
      if (/^\s*(?:- )?source: |^\[\^[^\]]+\]: /.test(line)) found.push(`${file}:${index + 1}`);
    });
  }
  return found;
}

describe('npm run next-year on a copy of the basic fixture deck, with an article whose figures all differ', () => {
  it('keeps this year’s deck, its article and its outputs’ manifest under 2020/, and makes the new article the source of 2021', async () => {
    const distDir = deck.file('dist');
    await mkdir(distDir);
    await writeFile(path.join(distDir, 'manifest.json'), '{"generator":"x","files":[]}\n');
    await writeFile(deck.file('bai-2021.txt'), nextArticle);
    const before = await snapshot();
    const next = await startNextYear({ slidesDir: deck.dir, distDir, source: deck.file('bai-2021.txt'), progress });

    expect(next).toMatchObject({ year: 2020, nextYear: 2021 });
    expect(next.keptFiles.sort()).toEqual([
      '01-mo-dau.md',
      '02-noi-dung.md',
      '03-so-lieu.md',
      '04-y-kien.md',
      'deck.yaml',
      'manifest.json',
      'nguon.txt',
    ]);
    for (const file of next.keptFiles.filter((name) => name !== 'manifest.json')) {
      expect(await deck.read(`2020/${file}`), file).toBe(Buffer.from(before[file] ?? '', 'base64').toString('utf8'));
    }
    expect(await deck.read('2020/manifest.json')).toBe('{"generator":"x","files":[]}\n');
    expect(await deck.read('nguon.txt')).toBe(nextArticle);
    expect(await deck.read('deck.yaml')).toBe(
      Buffer.from(before['deck.yaml'] ?? '', 'base64')
        .toString('utf8')
        .replace('date: "2020"', 'date: "2021"'),
    );
    expect(said.slice(0, 3)).toEqual([
      expect.stringMatching(/^đang lưu bài trình bày năm 2020 vào .*2020\/$/),
      expect.stringMatching(/^đang lấy bài viết mới làm nguồn: .*nguon\.txt$/),
      'đang đổi «date» trong deck.yaml: 2020 → 2021',
    ]);
    // deck.yaml's title and subtitle still say 2020: listed to review, as no check reads them.
    expect(next.review.map((line) => line.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^title: .*2020$/)]));
    // So do the notes, which no check reads; a line already in the to-do list is not told twice.
    expect(next.review.map((line) => `${path.basename(line.file)}: ${line.text}`)).toEqual(
      expect.arrayContaining(['02-noi-dung.md: Huyện thực hiện Kế hoạch số 12-KH/HM ngày 5/1/2020.']),
    );
    const toDo = new Set(next.toDo.map((problem) => `${problem.file}:${problem.line}`));
    expect(next.review.filter((line) => toDo.has(`${line.file}:${line.line}`))).toEqual([]);
  });

  it('lists, with file and line, every citation the new article no longer supports; the build refuses until they are fixed', async () => {
    await writeFile(deck.file('bai-2021.txt'), nextArticle);
    const next = await startNextYear({ slidesDir: deck.dir, distDir: deck.file('dist'), source: deck.file('bai-2021.txt'), progress });
    const listed = next.toDo.map((problem) => `${path.basename(problem.file)}:${problem.line}`);
    const citing = await citingLines();
    expect(citing.length).toBeGreaterThan(5);
    expect(listed).toEqual(expect.arrayContaining(citing));
    // The title slide's year is this year's no more: it needs its citation now.
    expect(next.toDo.map((problem) => formatProblem(problem))).toEqual(
      expect.arrayContaining([expect.stringMatching(/01-mo-dau\.md:5 title: «2020» cần dẫn chứng từ bài viết/)]),
    );
    const build = await loadDeck(deck.dir);
    expect(build.ok).toBe(false);
    expect(build.ok ? [] : build.problems).toEqual(next.toDo);
  });

  it('refuses, with nothing changed, an article that is not UTF-8 text, the current article, and a year already kept', async () => {
    await writeFile(deck.file('latin1.txt'), Buffer.from('Năm 2021 huy\xEAn', 'latin1'));
    await writeFile(deck.file('ban-sao.txt'), await deck.read('nguon.txt'));
    await mkdir(deck.file('2020'));
    await writeFile(deck.file('bai-2021.txt'), nextArticle);
    const cases: [string, number, RegExp][] = [
      ['latin1.txt', 65, /latin1\.txt không phải tệp chữ đọc được: .*latin1\.txt:1 tệp không phải chữ UTF-8/],
      ['ban-sao.txt', 64, /ban-sao\.txt giống hệt bài viết hiện tại \(.*nguon\.txt\): cần bài viết của năm mới; chưa thay đổi gì$/],
      ['khong-co.txt', 66, /không tìm thấy tệp .*khong-co\.txt/],
      ['bai-2021.txt', 73, /thư mục .*2020 đã có: năm này đã được lưu rồi/],
    ];
    const before = await snapshot();
    for (const [file, exitCode, message] of cases) {
      const failure = await startNextYear({ slidesDir: deck.dir, distDir: deck.file('dist'), source: deck.file(file), progress }).catch(
        (error: unknown) => error,
      );
      expect(failure, file).toMatchObject({ exitCode });
      expect(errorText(failure), file).toMatch(message);
      expect(await snapshot(), file).toEqual(before);
    }
    expect(said).toEqual([]);
  });
});
