import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/base/errors.ts';
import { listFiles } from '../../src/base/output-marker.ts';
import { runCli } from './support/processes.ts';

/**
 * A full disk during `npm run build`: one clear line, exit 73, the earlier build as it was and no
 * scratch left. The disk is a small tmpfs, mounted for the test; that needs root (CI runs as root).
 */
const dir = path.resolve('tests/artifacts/disk-full');
let mounted = false;

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  try {
    // Room for one build of the fixture deck (about 1.2 MB) but not for a second beside it.
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
    const outDir = path.join(dir, 'dist');
    const args = ['--slides', 'tests/fixtures/decks/basic', '--out', outDir, '--no-og-image'];
    const first = await runCli('src/cli/build.ts', args);
    expect(first.code, first.stderr).toBe(0);
    const earlier = await listFiles(outDir);

    const second = await runCli('src/cli/build.ts', args);
    expect(second.code, second.stderr).toBe(ExitCode.cantWrite);
    expect(second.stderr.trim()).toMatch(/^error: could not write .*disk-full\/dist: the disk is full: free some space and try again$/);
    expect(await listFiles(outDir)).toEqual(earlier);
    expect((await readdir(dir)).sort()).toEqual(['dist']);
  }, 120_000);
});
