import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeckError, ExitCode } from '../../src/base/errors.ts';
import { slidesWithCharts } from '../../src/browser/check-charts-drawn.ts';
import { readBuiltDeck } from '../../src/content/read-built-deck.ts';
import { exportPng } from '../../src/png/export-png.ts';
import { errorText } from '../helpers/problem-text.ts';
import { runCli } from './support/processes.ts';

/**
 * A chart whose canvas never renders fails the export, naming the slide: an empty chart is never
 * printed. The model the build used (deck.json) says which slides have charts; here the first
 * chart's canvas is removed from a copy of the built page, as a broken build or script would.
 */
const dir = path.resolve('tests/artifacts/missing-chart');
const distDir = path.join(dir, 'dist');
let expected: string;

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp('dist', distDir, { recursive: true });
  const [first] = slidesWithCharts((await readBuiltDeck(distDir)).deck);
  if (!first) throw new Error('the built deck has no chart to remove');
  const index = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const withoutCanvas = index.replace(/<canvas\b[^>]*><\/canvas>/, '');
  expect(withoutCanvas).not.toBe(index);
  await writeFile(path.join(distDir, 'index.html'), withoutCanvas);
  expected = `trang ${first.number} «${first.title}»: mới vẽ ${first.charts - 1} trên ${first.charts} biểu đồ (thiếu một biểu đồ trên bản in)`;
});

describe('a chart that never renders', () => {
  it('fails the PDF export with exit 70, naming the slide, and writes no PDF', async () => {
    const out = path.join(dir, 'deck.pdf');
    const result = await runCli('src/cli/pdf.ts', ['--no-build', '--dist', distDir, '--out', out]);
    expect(result.code, result.stderr).toBe(ExitCode.browserCrashed);
    expect(result.stderr.trim()).toBe(`Lỗi: ${expected}; dừng xuất để không in biểu đồ trống`);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
  });

  it('fails the PNG export the same way, and writes no images', async () => {
    const out = path.join(dir, 'png');
    const failure = await exportPng({ distDir, outDir: out }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeckError);
    expect((failure as DeckError).exitCode).toBe(ExitCode.browserCrashed);
    expect(errorText(failure)).toContain(expected);
    await expect(readFile(path.join(out, '01.png'))).rejects.toThrow(/ENOENT/);
  });
});
