import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
type Failure = { code: number; stdout: string; stderr: string };

describe('npm run pptx', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'deck-pptx-cli-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('explains itself with --help', { timeout: 30_000 }, async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/pptx.ts', '--help']);
    expect(stdout).toMatch(/^Usage: npm run pptx/);
    expect(stdout).toContain('--out FILE');
  });

  it('stops on bad content with a clear message, exit code 65, and leaves the earlier file alone', { timeout: 30_000 }, async () => {
    const out = path.join(work, 'deck.pptx');
    await writeFile(out, 'an earlier export');
    const failure = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/pptx.ts', '--slides', path.join(work, 'missing'), '--out', out],
      {
        env: { ...process.env, CI: 'true' },
      },
    ).then(
      () => undefined,
      (error: Failure) => error,
    );
    expect(failure?.code).toBe(65);
    expect(failure?.stderr).toMatch(/^error: [\s\S]*deck\.yaml:1 file not found/);
    expect(failure?.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await readFile(out, 'utf8')).toBe('an earlier export');
  });
});
