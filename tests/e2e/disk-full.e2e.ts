import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/base/errors.ts';
import { listFiles, outputMarkerFile, readOutputMarker } from '../../src/base/output-marker.ts';
import { runCli } from './support/processes.ts';

/**
 * A full disk during `npm run build`: one clear line, exit 73, the earlier build as it was and no
 * scratch left. The disk is a small tmpfs, mounted for the test; that needs root (CI runs as root).
 */
const dir = path.resolve('tests/artifacts/disk-full');

async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = await listFiles(folder);
  return new Map(
    await Promise.all(files.map(async (file) => [file, (await readFile(path.join(folder, file))).toString('base64')] as const)),
  );
}
let mounted = false;

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    // Room for one build (about 1.2 MB) but not for a second beside it.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1800k', 'tmpfs', dir], { stdio: 'pipe' });
    mounted = true;
  } catch (error) {
    console.warn(`disk-full test skipped: cannot mount a tmpfs here (${(error as Error).message.split('\n')[0]})`);
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', [dir]);
});

describe('a full disk during npm run build', () => {
  it('says so on one line, exits 73, and leaves the earlier build and no scratch', async ({ skip }) => {
    if (!mounted) skip('needs a tmpfs, which only root can mount');
    // The earlier build: the files of the suite's build, as its marker lists them.
    const outDir = path.join(dir, 'dist');
    const built = await readOutputMarker('dist');
    if (!built) throw new Error('dist/ has no build marker: run npm run build first');
    for (const file of [...built.files, outputMarkerFile]) await cp(path.join('dist', file), path.join(outDir, file));
    const earlier = await snapshot(outDir);

    const result = await runCli('src/cli/build.ts', ['--slides', 'tests/fixtures/decks/basic', '--out', outDir, '--no-og-image']);
    expect(result.code, result.stderr).toBe(ExitCode.cantWrite);
    expect(result.stderr.trim()).toMatch(/^Lỗi: không ghi được .*disk-full\/dist: ổ đĩa đã đầy: hãy xóa bớt tệp rồi thử lại$/);
    expect(await snapshot(outDir)).toEqual(earlier);
    expect((await readdir(dir)).sort()).toEqual(['dist']);
  }, 120_000);
});
