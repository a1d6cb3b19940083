import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeckError, ExitCode } from '../../src/base/errors.ts';
import { writeOutputMarker } from '../../src/base/output-marker.ts';
import { scratchNamePattern } from '../../src/base/scratch-path.ts';
import { waitForDeck } from '../../src/browser/wait-for-deck.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { openDeck, startDeckSession } from '../e2e/support/deck-session.ts';
import { fixtureBuilds } from '../e2e/support/fixture-builds.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { errorText } from '../helpers/problem-text.ts';
import { type CliResult, runPdfCli } from './support/run-pdf-cli.ts';

const dir = 'tests/artifacts/pdf-failures';
const earlier = path.join(dir, 'deck.pdf');
const earlierBytes = Buffer.from('%PDF-1.7\n% an earlier export that a failed one must leave alone\n');

beforeEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(earlier, earlierBytes);
});

/** The failure is one line, "error: …", last on stderr (after any finished step), with no stack trace. */
function expectOneLineError(result: CliResult, exitCode: number, message: RegExp): void {
  expect(result.code, result.stderr).toBe(exitCode);
  const lines = result.stderr.trim().split('\n');
  expect(
    lines.filter((line) => line.startsWith('Lỗi: ')),
    result.stderr,
  ).toHaveLength(1);
  expect(lines.at(-1)).toMatch(/^Lỗi: /);
  expect(lines.at(-1)).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

async function expectEarlierPdfUntouched(file = earlier): Promise<void> {
  expect(Buffer.compare(await readFile(file), earlierBytes)).toBe(0);
  // No scratch file left next to it.
  expect((await readdir(path.dirname(file))).filter((name) => scratchNamePattern.test(name))).toEqual([]);
}

describe('a failed PDF export', () => {
  it('without a browser: says how to install one, exits 69, leaves the earlier PDF', async () => {
    const result = await runPdfCli(['--no-build', '--dist', fixtureBuilds.basic, '--out', earlier], {
      PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium',
    });
    expectOneLineError(result, ExitCode.noBrowser, /PUPPETEER_EXECUTABLE_PATH.*apt-get install -y chromium/);
    await expectEarlierPdfUntouched();
  });

  it('on a forced timeout: says what did not finish in time, exits 124, leaves the earlier PDF', async () => {
    const result = await runPdfCli(['--no-build', '--dist', fixtureBuilds.basic, '--out', earlier, '--timeout', '1']);
    expectOneLineError(result, ExitCode.timeout, /không khởi động xong trong 0,001 giây/);
    await expectEarlierPdfUntouched();
  });

  it('after a rebuild: the earlier PDF in the build directory survives the new build and the failed export', async () => {
    const distDir = path.join(dir, 'dist');
    await mkdir(distDir);
    // An earlier build: only a build may be replaced by a build.
    await writeOutputMarker(distDir, { kind: 'site', files: [] });
    const inDist = path.join(distDir, 'deck.pdf');
    await writeFile(inDist, earlierBytes);
    const result = await runPdfCli(['--slides', fixtureDecks.basic, '--dist', distDir, '--timeout', '1']);
    expectOneLineError(result, ExitCode.timeout, /0,001 giây/);
    await expectEarlierPdfUntouched(inDist);
    expect(await readdir(distDir)).toContain('index.html');
  });

  it('when the file cannot be written: exits 73 and leaves the earlier PDF', async () => {
    const result = await runPdfCli(['--no-build', '--dist', fixtureBuilds.basic, '--out', path.join(earlier, 'inside.pdf')]);
    expectOneLineError(result, ExitCode.cantWrite, /không ghi .*inside\.pdf/);
    await expectEarlierPdfUntouched();
  });

  it('without a build: exits 66 and says to build', async () => {
    const result = await runPdfCli(['--no-build', '--dist', path.join(dir, 'nothing'), '--out', earlier]);
    expectOneLineError(result, ExitCode.noBuild, /chưa có bản dựng trong .*nothing: hãy chạy npm run build trước/);
    await expectEarlierPdfUntouched();
  });

  it('with an unknown option: exits 64 with the usage', async () => {
    const result = await runPdfCli(['--colour']);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toMatch(/^Lỗi: .*--colour/);
    expect(result.stderr).toContain('--handout');
  });
});

describe('npm run pdf -- --help', () => {
  it('prints every option', async () => {
    const result = await runPdfCli(['--help']);
    expect(result.code).toBe(0);
    for (const option of ['--handout', '--out', '--no-build', '--fragments', '--timeout']) expect(result.stdout).toContain(option);
  });
});

describe('waiting for the print-ready signal', () => {
  it('names the first slide whose charts never finished drawing when it times out', async () => {
    const slides = allSlides((await loadDeckOrThrow(fixtureDecks.basic)).deck);
    const firstWithChart = slides.findIndex((slide) => slide.blocks.some((block) => block.type === 'chart'));
    const charts = slides[firstWithChart]?.blocks.filter((block) => block.type === 'chart').length;
    expect(charts).toBe(1);
    const session = await startDeckSession({ distDir: fixtureBuilds.basic });
    try {
      // The screen view draws only the current slide's charts, so the print signal can never come.
      const { page } = await openDeck(session, { width: 1280, height: 720 });
      const failure = await waitForDeck(page, { mode: 'print', timeoutMs: 300 }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(DeckError);
      expect((failure as DeckError).exitCode).toBe(ExitCode.timeout);
      expect(errorText(failure)).toBe(
        `bài trình bày chưa sẵn sàng sau 0,3 giây: trang ${firstWithChart + 1} «${slides[firstWithChart]?.title}» chưa sẵn sàng (1 biểu đồ chưa vẽ xong)`,
      );
    } finally {
      await session.close();
    }
  });
});
