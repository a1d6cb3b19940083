import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/base/errors.ts';
import { listFiles, writeOutputMarker } from '../../src/base/output-marker.ts';
import { scratchNamePattern } from '../../src/base/scratch-path.ts';
import { runCli } from './support/processes.ts';

/** An output option never destroys what the tool did not make, and a failed export never deletes an earlier one. */
const dir = path.resolve('tests/artifacts/output-safety');

/** Every file under `folder` with its bytes, to compare before and after. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = await listFiles(folder);
  return new Map(
    await Promise.all(files.map(async (file) => [file, (await readFile(path.join(folder, file))).toString('base64')] as const)),
  );
}

function expectRefusal(result: { code: number | null; stderr: string }, message: RegExp): void {
  expect(result.code, result.stderr).toBe(ExitCode.cantWrite);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(message);
}

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
});

describe.concurrent('an output folder that is not ours', () => {
  it('npm run png -- --out SOME_FOLDER refuses a folder of someone’s files and leaves every one', async () => {
    const folder = path.join(dir, 'holiday-photos');
    await mkdir(folder);
    await writeFile(path.join(folder, 'beach.jpg'), 'a photo');
    await writeFile(path.join(folder, 'notes.txt'), 'notes');
    const before = await snapshot(folder);
    const result = await runCli('src/cli/png.ts', ['--out', folder]);
    expectRefusal(result, /^Lỗi: không thay thế .*holiday-photos: nó chứa tệp không do công cụ này tạo \(beach\.jpg, notes\.txt\)/);
    expect(await snapshot(folder)).toEqual(before);
  });

  // One case per command, to show each claims its output; the rules themselves: tests/unit/base/claim-output.test.ts.
  it.each([
    ['build -- --out slides', 'src/cli/build.ts', ['--out', 'slides'], /không thay thế slides: đây là thư mục nội dung \(slides\)/],
    ['png -- --out .', 'src/cli/png.ts', ['--out', '.'], /không thay thế \.: đây là thư mục dự án/],
    [
      'pdf -- --no-build --out slides/deck.yaml',
      'src/cli/pdf.ts',
      ['--no-build', '--out', 'slides/deck.yaml'],
      /không ghi slides\/deck\.yaml: nó nằm trong thư mục nội dung/,
    ],
    ['pptx -- --out slides', 'src/cli/pptx.ts', ['--out', 'slides'], /không ghi slides: đây là thư mục nội dung/],
  ] as const)('npm run %s: refused with exit 73, nothing touched', async (_command, file, args, message) => {
    const before = await snapshot('slides');
    const readme = await readFile('README.md');
    const result = await runCli(file, args);
    expectRefusal(result, message);
    expect(await snapshot('slides')).toEqual(before);
    expect(Buffer.compare(await readFile('README.md'), readme)).toBe(0);
    expect((await readdir('.')).filter((name) => scratchNamePattern.test(name))).toEqual([]);
  });

  it('a content folder given with --slides is protected too', async () => {
    const content = path.join(dir, 'my-talk');
    await cp('tests/fixtures/decks/basic', content, { recursive: true });
    const before = await snapshot(content);
    const result = await runCli('src/cli/build.ts', ['--slides', content, '--out', content, '--no-og-image']);
    expectRefusal(result, /không thay thế .*my-talk: đây là thư mục nội dung/);
    expect(await snapshot(content)).toEqual(before);
  });
});

describe('a place that cannot be written', () => {
  let readOnly: string;
  let mounted = false;
  beforeAll(async () => {
    readOnly = path.join(dir, 'read-only');
    await mkdir(readOnly, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=64k', 'tmpfs', readOnly], { stdio: 'ignore' });
      mounted = true;
    } catch {
      // Not root, or no right to mount: a path through a file is refused by the same check.
      await rm(readOnly, { recursive: true });
      await writeFile(readOnly, 'a file where a folder should be');
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [readOnly]);
  });

  // No build exists in --dist: a command that checked its output only after the work would exit 66.
  it.each([
    ['pdf', 'src/cli/pdf.ts', (out: string) => ['--no-build', '--dist', path.join(dir, 'no-build'), '--out', path.join(out, 'deck.pdf')]],
    ['png', 'src/cli/png.ts', (out: string) => ['--dist', path.join(dir, 'no-build'), '--out', path.join(out, 'png')]],
    ['build', 'src/cli/build.ts', (out: string) => ['--out', path.join(out, 'dist'), '--no-og-image']],
  ])('npm run %s fails at once with exit 73, before any rendering', async (_command, file, args) => {
    const result = await runCli(file, args(readOnly));
    expectRefusal(
      result,
      mounted
        ? /^Lỗi: không ghi được .*read-only\/.*: ổ đĩa chỉ cho đọc, không cho ghi$/
        : /^Lỗi: không ghi được .*: .*tệp, không phải thư mục$/,
    );
  });
});

describe('a failed export after a rebuild of dist/', () => {
  it('keeps every earlier export inside it, at any depth: deck.pptx, png/, sub/x.pdf', async () => {
    // A copy of the suite's build (it carries the build's marker), with earlier exports in it.
    const distDir = path.join(dir, 'dist');
    await cp('dist', distDir, { recursive: true });
    for (const earlier of ['png', 'sub', 'deck.pdf', 'deck.pptx']) await rm(path.join(distDir, earlier), { recursive: true, force: true });
    const pptx = await runCli('src/cli/pptx.ts', ['--out', path.join(distDir, 'deck.pptx')]);
    expect(pptx.code, pptx.stderr).toBe(0);
    await mkdir(path.join(distDir, 'png'));
    await writeFile(path.join(distDir, 'png', '01.png'), 'an earlier slide image');
    await writeOutputMarker(path.join(distDir, 'png'), { kind: 'png', files: ['01.png'] });
    await mkdir(path.join(distDir, 'sub', 'deeper'), { recursive: true });
    await writeFile(path.join(distDir, 'sub', 'x.pdf'), '%PDF-1.7\n% an earlier export\n');
    await writeFile(path.join(distDir, 'sub', 'deeper', 'y.pdf'), '%PDF-1.7\n% another\n');
    await writeFile(path.join(distDir, 'deck.pdf'), '%PDF-1.7\n% the earlier deck.pdf\n');
    const before = new Map([...(await snapshot(distDir))].filter(([file]) => /^(deck\.pptx|deck\.pdf|png\/|sub\/)/.test(file)));
    expect([...before.keys()].sort()).toEqual([
      'deck.pdf',
      'deck.pptx',
      'png/.deck-output.json',
      'png/01.png',
      'sub/deeper/y.pdf',
      'sub/x.pdf',
    ]);
    const builtBefore = (await stat(path.join(distDir, 'index.html'))).mtimeMs;

    // The rebuild succeeds, then the export times out.
    const failed = await runCli('src/cli/pdf.ts', ['--dist', distDir, '--out', path.join(distDir, 'sub', 'x.pdf'), '--timeout', '1']);
    expect(failed.code, failed.stderr).toBe(ExitCode.timeout);
    expect((await stat(path.join(distDir, 'index.html'))).mtimeMs).toBeGreaterThan(builtBefore);
    const after = await snapshot(distDir);
    for (const [file, bytes] of before) expect(after.get(file), file).toBe(bytes);
    expect((await readdir(dir)).filter((name) => scratchNamePattern.test(name))).toEqual([]);
  }, 180_000);
});
