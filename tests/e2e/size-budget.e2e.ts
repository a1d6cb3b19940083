import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudget, measureJsFloor, measureSite, total } from '../../src/site/measure-size.ts';

describe('the size budget of the built site', () => {
  it('ships woff2 fonts only, none inlined, and initial JS within 1.25× reveal.js alone, measured in this run', async () => {
    const sizes = await measureSite('dist');
    const floor = await measureJsFloor(process.cwd());
    expect(sizes.initialJs.length).toBeGreaterThan(0);
    expect(sizes.fonts.length).toBeGreaterThan(0);
    expect(sizes.fonts.every((font) => font.file.endsWith('.woff2'))).toBe(true);
    expect(floor.raw).toBeGreaterThan(100_000);
    expect(total(sizes.initialJs).raw).toBeGreaterThanOrEqual(floor.raw * 0.9);
    expect(await checkBudget('dist', sizes, floor)).toEqual([]);
  });

  it('leaves Chart.js out of the initial JS: it is a chunk of its own, loaded when a chart is near', async () => {
    const sizes = await measureSite('dist');
    const files = await readdir('dist/assets');
    const chartChunk = files.find((file) => /^register-charts-[\w-]+\.js$/.test(file));
    expect(chartChunk).toBeDefined();
    expect(sizes.initialJs.map((size) => size.file)).not.toContain(`assets/${chartChunk}`);
    // Chart.js alone is bigger than everything the page loads at start.
    const chart = (await readFile(path.join('dist', 'assets', chartChunk ?? ''))).byteLength;
    expect(total(sizes.initialJs).raw).toBeLessThan(chart);
  });
});
