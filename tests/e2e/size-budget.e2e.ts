import { describe, expect, it } from 'vitest';
import { checkBudget, measureJsFloor, measureSite, total } from '../../src/site/measure-size.ts';

describe('the size budget of the built site', () => {
  it('ships woff2 fonts only, none inlined, and initial JS within 1.1× the floor measured in this run', async () => {
    const sizes = await measureSite('dist');
    const floor = await measureJsFloor(process.cwd());
    expect(sizes.initialJs.length).toBeGreaterThan(0);
    expect(sizes.fonts.length).toBeGreaterThan(0);
    expect(sizes.fonts.every((font) => font.file.endsWith('.woff2'))).toBe(true);
    expect(floor.raw).toBeGreaterThan(100_000);
    expect(total(sizes.initialJs).raw).toBeGreaterThanOrEqual(floor.raw * 0.9);
    expect(await checkBudget('dist', sizes, floor)).toEqual([]);
  });
});
