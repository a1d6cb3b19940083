import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { type ScratchDeck, scratchDeck } from '../helpers/scratch-deck.ts';
import { commandLine } from './support/processes.ts';

const run = promisify(execFile);
type Result = { code: number; stdout: string; stderr: string };

async function command(file: string, args: readonly string[]): Promise<Result> {
  return run(process.execPath, commandLine(file, args), { env: { ...process.env, CI: 'true' } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: Result) => error,
  );
}

describe('npm run next-year, then npm run build (a copy of the years fixture deck, 2017 beside 2016)', () => {
  let deck: ScratchDeck;
  beforeAll(async () => {
    deck = await scratchDeck(fixtureDecks.years);
    await writeFile(
      deck.file('bai-2018.txt'),
      'Huyện Mẫu tổng kết công tác năm 2018\n\nNăm 2018, lực lượng chức năng huyện Mẫu đã xử lý 102 vụ vi phạm; tổ chức tập huấn cho 300 lượt người.\n',
    );
  });
  afterAll(() => deck.remove());

  it('keeps 2017 beside 2016, says each step, and lists what the new article no longer supports, with exit 0', async () => {
    const result = await command('src/cli/next-year.ts', [
      '--source',
      deck.file('bai-2018.txt'),
      '--slides',
      deck.dir,
      '--dist',
      deck.file('dist'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^… đang lưu bài trình bày năm 2017 vào .*2017\/\n… đang lấy bài viết mới làm nguồn/);
    expect(result.stdout).toContain('Việc cần làm cho năm 2018: 1 chỗ bài viết mới không còn nêu');
    expect(result.stdout).toMatch(/01-so-sanh\.md:\d+ chart\.items\[2\]\.source: câu trích dẫn «.*91 vụ vi phạm» không có trong/);
    // The 2016 value cites the 2016 article, still kept: nothing to do for it.
    expect(result.stdout).not.toMatch(/76 vụ/);
    expect(await deck.files()).toEqual(expect.arrayContaining(['01-so-sanh.md', 'deck.yaml', 'nguon.txt']));
  });

  it('is followed by a build that refuses until the list is done (exit 65)', async () => {
    const build = await command('src/cli/build.ts', ['--slides', deck.dir, '--out', deck.file('dist'), '--no-og-image']);
    expect(build.code).toBe(65);
    expect(build.stderr).toMatch(/^Lỗi: Có 1 chỗ cần sửa trong nội dung:\n.*01-so-sanh\.md:\d+ chart\.items\[2\]\.source: /);
  });

  it('refuses to run a second time into a year already kept, changing nothing (exit 73)', async () => {
    await writeFile(deck.file('2018-nua.txt'), 'Một bài viết khác của năm 2018.\n');
    // slides is now 2018: keeping it needs 2018/, which is made here first.
    await run('mkdir', [deck.file('2018')]);
    const again = await command('src/cli/next-year.ts', ['--source', deck.file('2018-nua.txt'), '--slides', deck.dir]);
    expect(again.code).toBe(73);
    expect(again.stderr).toMatch(/^Lỗi: thư mục .*2018 đã có: năm này đã được lưu rồi;.*chưa thay đổi gì\n$/);
  });
});
