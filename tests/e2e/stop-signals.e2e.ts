import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeOutputMarker } from '../../src/base/output-marker.ts';
import { scratchNamePattern } from '../../src/base/scratch-path.ts';
import { browsersOf, eventually, profilesOf, runCli, startCli } from './support/processes.ts';

/**
 * However an export is stopped, no browser is left running. A stop signal closes it, removes the
 * temporary files and exits 128 + the signal's number; even `kill -9`, which no process can
 * handle, ends the browser (it quits when its DevTools pipe closes), and what it leaves on disk
 * is removed when the next export starts.
 */
const dir = path.resolve('tests/artifacts/stop-signals');
const earlierPdf = Buffer.from('%PDF-1.7\n% an earlier export that a stopped one must leave alone\n');

/** Starts a command and resolves once its browser runs. */
async function startWithBrowser(file: string, args: readonly string[]) {
  // A cache of its own, empty: the build draws the social preview image with a browser.
  const run = startCli(file, args, { DECK_CACHE_DIR: path.join(dir, `cache-${Date.now()}`) });
  const started = await eventually(() => browsersOf(run.pid).length > 0, 60_000);
  if (!started) {
    run.child.kill('SIGKILL');
    throw new Error(`${file} never started a browser:\n${(await run.result).stderr}`);
  }
  return run;
}

const scratchIn = async (folder: string): Promise<string[]> => (await readdir(folder)).filter((name) => scratchNamePattern.test(name));

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
});

describe('a stop signal during an export', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s closes the browser, removes the temporary files, keeps the earlier PDF and exits %i', async (signal, exitCode) => {
    const out = path.join(dir, `${signal}.pdf`);
    await writeFile(out, earlierPdf);
    const run = await startWithBrowser('src/cli/pdf.ts', ['--no-build', '--out', out]);
    run.child.kill(signal);
    const result = await run.result;
    expect(result.code, result.stderr).toBe(exitCode);
    expect(result.stderr.trim()).toBe(`đã dừng theo tín hiệu ${signal}: không còn gì lệnh đã mở còn chạy, các tệp tạm đã được xóa`);
    expect(await eventually(() => browsersOf(run.pid).length === 0, 5_000)).toBe(true);
    expect(profilesOf(run.pid)).toEqual([]);
    expect(Buffer.compare(await readFile(out), earlierPdf)).toBe(0);
    expect(await scratchIn(dir)).toEqual([]);
  });

  it('SIGINT during the PNG export (a browser launched by puppeteer) leaves the earlier images and no scratch', async () => {
    const out = path.join(dir, 'png');
    await mkdir(out);
    const before = Buffer.from('an earlier slide image');
    await writeFile(path.join(out, '01.png'), before);
    await writeOutputMarker(out, { kind: 'png', files: ['01.png'] });
    const run = await startWithBrowser('src/cli/png.ts', ['--out', out]);
    run.child.kill('SIGINT');
    const result = await run.result;
    expect(result.code, result.stderr).toBe(130);
    expect(await eventually(() => browsersOf(run.pid).length === 0, 5_000)).toBe(true);
    expect(profilesOf(run.pid)).toEqual([]);
    expect(await scratchIn(dir)).toEqual([]);
    expect(Buffer.compare(await readFile(path.join(out, '01.png')), before)).toBe(0);
  });
});

describe('kill -9 of the node process', () => {
  const killed: number[] = [];

  it.each([
    ['npm run pdf (a browser started on the deck)', 'src/cli/pdf.ts', ['--no-build', '--out', path.join(dir, 'killed.pdf')]],
    // A browser launched by puppeteer, as for npm run png.
    ['npm run build (the social preview image)', 'src/cli/build.ts', ['--out', path.join(dir, 'killed-dist')]],
  ])('%s leaves no browser running', async (_name, file, args) => {
    const run = await startWithBrowser(file, args);
    run.child.kill('SIGKILL');
    const result = await run.result;
    expect(result.signal).toBe('SIGKILL');
    killed.push(run.pid);
    const remaining = await eventually(() => browsersOf(run.pid).length === 0, 30_000);
    expect(
      remaining,
      browsersOf(run.pid)
        .map((browser) => browser.command.slice(0, 120))
        .join('\n'),
    ).toBe(true);
    // Nothing could remove the profile of a process killed this way: the next start does.
    expect(profilesOf(run.pid)).toHaveLength(1);
  });

  it('the next export removes what the killed ones left: browser profiles and scratch folders', async () => {
    expect(killed).toHaveLength(2);
    expect((await scratchIn(dir)).length).toBeGreaterThan(0);
    const result = await runCli('src/cli/pdf.ts', ['--no-build', '--out', path.join(dir, 'after.pdf')]);
    expect(result.code, result.stderr).toBe(0);
    for (const pid of killed) expect(profilesOf(pid), `profile of ${pid}`).toEqual([]);
    expect(await scratchIn(dir)).toEqual([]);
  });
});
