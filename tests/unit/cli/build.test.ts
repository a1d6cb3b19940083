import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run build with bad content', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'deck-build-'));
    await cp('slides', path.join(work, 'slides'), { recursive: true });
    const results = path.join(work, 'slides', '04-ket-qua.md');
    const text = await readFile(results, 'utf8');
    await writeFile(results, text.replace('value: 159', 'value: "12k"').replace('type: doughnut', 'type: pie'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('lists every problem with file, line and field, exits 65 and leaves the earlier output alone', async () => {
    const outDir = path.join(work, 'dist');
    await mkdir(outDir);
    await writeFile(path.join(outDir, 'index.html'), 'earlier build');
    const failure = await run('npx', ['tsx', 'src/cli/build.ts', '--slides', path.join(work, 'slides'), '--out', outDir], {
      env: { ...process.env, CI: 'true' },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(65);
    const lines = failure?.stderr.trim().split('\n') ?? [];
    expect(lines[0]).toBe('error: The slides have 2 problems:');
    expect(lines[1]).toMatch(/04-ket-qua\.md:\d+ chart\.items\[1\]\.value \(Số vụ\): expected a number, got "12k"$/);
    expect(lines[2]).toMatch(/04-ket-qua\.md:\d+ chart\.type: expected one of "bar", "horizontalBar", "doughnut", got "pie"$/);
    expect(failure?.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe('earlier build');
    // A child process through tsx: on a fresh clone its transform cache is cold.
  }, 30_000);
});
