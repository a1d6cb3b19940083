import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

/** Build output is ignored by git, and so by the linter: a second build such as dist-large/ cannot fail lint. */
describe('build output and the linter', () => {
  it('Biome skips what .gitignore ignores', async () => {
    const biome = JSON.parse(await readFile('biome.json', 'utf8')) as { vcs?: { enabled?: boolean; useIgnoreFile?: boolean } };
    expect(biome.vcs).toMatchObject({ enabled: true, useIgnoreFile: true });
  });

  it.each(['dist/assets/index.js', 'dist-large/assets/index.js', '.dist-tmp-123/index.html', 'tests/artifacts/png/01.png'])(
    '.gitignore ignores %s',
    (file) => {
      expect(execFileSync('git', ['check-ignore', '--no-index', file], { encoding: 'utf8' }).trim()).toBe(file);
    },
  );

  it('and not the code', () => {
    const ignored = (file: string) => {
      try {
        execFileSync('git', ['check-ignore', '--no-index', '-q', file]);
        return true;
      } catch {
        return false;
      }
    };
    expect(['src/site/build-site.ts', 'scripts/bench.ts', 'tests/unit/layers.test.ts'].filter(ignored)).toEqual([]);
  });
});
