import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { lineOf, type ScratchDeck, scratchDeck } from '../helpers/scratch-deck.ts';
import { commandLine } from './support/processes.ts';

const run = promisify(execFile);

/** Nine levels of nine aliases: 387 420 489 values if a reader expanded them. */
function aliasBomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let level = 1; level < 9; level++) {
    lines.push(
      `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + level)}`)
        .join(',')}]`,
    );
  }
  return lines.join('\n');
}

describe('npm run build with inputs that used to crash it', () => {
  let deck: ScratchDeck;
  let failure: { code: number; stderr: string } | undefined;
  const outDir = (): string => path.join(deck.dir, '..', `${path.basename(deck.dir)}-dist`);

  beforeAll(async () => {
    deck = await scratchDeck(fixtureDecks.basic);
    await deck.edit('03-so-lieu.md', (text) =>
      text.replace('    unit: vụ\n    source: xử lý 83 vụ nhóm A\n', '    unit: *vu\n    source: xử lý 83 vụ nhóm A\n'),
    );
    await deck.edit('02-noi-dung.md', (text) =>
      text.replace(
        'value: 14\nunit: thôn, bản\nlabel: thành lập tổ thử nghiệm\nsource: Huyện thành lập tổ thử nghiệm ở 14 thôn, bản\n',
        `${aliasBomb()}\n`,
      ),
    );
    await mkdir(deck.file('05-phu-luc.md'));
    await deck.edit('deck.yaml', (text) => `${text.trimEnd()}\n  - 05-phu-luc.md\n`);
    await writeFile(deck.file('06-nhap.md'), '## Nháp\n');
    await mkdir(outDir());
    await writeFile(path.join(outDir(), 'index.html'), 'earlier build');
    failure = await run(process.execPath, commandLine('src/cli/build.ts', ['--slides', deck.dir, '--out', outDir(), '--no-og-image']), {
      env: { ...process.env, CI: 'true' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    // A child process through tsx: on a fresh clone its transform cache is cold.
  }, 30_000);
  afterAll(async () => {
    await rm(outDir(), { recursive: true, force: true });
    await deck.remove();
  });

  it('exits 65 and lists an alias, an alias bomb and a folder among the sections, each as file:line field: message', async () => {
    expect(failure?.code).toBe(65);
    const folder = path.relative(process.cwd(), deck.dir);
    const [results, contents, index] = await Promise.all([deck.read('03-so-lieu.md'), deck.read('02-noi-dung.md'), deck.read('deck.yaml')]);
    const errors = (failure?.stderr ?? '').split('\n').filter((line) => !line.startsWith('Cảnh báo:'));
    expect(errors.slice(0, 2)).toEqual([
      'Lỗi: Có 11 chỗ cần sửa trong nội dung:',
      `  ${folder}/deck.yaml:${lineOf(index, '05-phu-luc.md')} sections[5]: «05-phu-luc.md» trong ${folder} là thư mục, không phải tệp: hãy ghi tên một tệp`,
    ]);
    expect(errors).toContain(
      `  ${folder}/02-noi-dung.md:${lineOf(contents, 'a: &a')} figure: «&a» bị hiểu là tên đặt cho một giá trị, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ «"&a …"»`,
    );
    expect(errors.filter((line) => line.includes('02-noi-dung.md'))).toHaveLength(9);
    expect(errors).toContain(
      `  ${folder}/03-so-lieu.md:${lineOf(results, '*vu')} chart: «*vu» bị hiểu là bản sao của một giá trị khác, điều bài trình bày không dùng: hãy đặt chữ trong ngoặc kép, ví dụ «"*vu"»`,
    );
    expect(failure?.stderr).not.toMatch(/\bat .*\.(ts|js|mjs):\d+|Error:|ReferenceError|EISDIR/);
  });

  it('warns about a section file that deck.yaml does not list', () => {
    const folder = path.relative(process.cwd(), deck.dir);
    expect(failure?.stderr.split('\n')).toContain(
      `Cảnh báo: ${folder}/06-nhap.md:1 tệp này không có trong «sections:» của deck.yaml nên không được chiếu: hãy thêm vào đó, hoặc chuyển tệp ra khỏi thư mục slides`,
    );
  });

  it('leaves the earlier output alone', async () => {
    expect(await readFile(path.join(outDir(), 'index.html'), 'utf8')).toBe('earlier build');
  });
});
