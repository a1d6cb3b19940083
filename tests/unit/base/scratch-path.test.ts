import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isProcessAlive, removeStaleTemporaries, scratchPath } from '../../../src/base/scratch-path.ts';

/** The id of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['--version']);
  return child.pid as number;
}

describe('scratch paths and the leftovers of interrupted runs', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'scratch-path-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('names a hidden sibling that carries this process’s id', () => {
    expect(scratchPath('/out/dist')).toBe(`/out/.dist-tmp-${process.pid}`);
    expect(scratchPath('/out/png', 'old')).toBe(`/out/.png-old-${process.pid}`);
    expect(scratchPath('/out/deck.pdf')).toBe(`/out/.deck.pdf-tmp-${process.pid}`);
  });

  it('removes the scratch of processes that ended, and nothing else', async () => {
    const dead = deadPid();
    expect(isProcessAlive(dead)).toBe(false);
    expect(isProcessAlive(process.pid)).toBe(true);
    const names = [
      `.dist-tmp-${dead}`,
      `.png-tmp-${dead}`,
      `.deck.pdf-tmp-${dead}`,
      `.dist-old-${dead}`,
      `.dist-tmp-${process.pid}`,
      `.dist-tmp-${process.ppid}`,
      'dist',
      'dist-tmp-1',
      '.dist-tmp-notapid',
    ];
    for (const name of names) await mkdir(path.join(work, name));
    await writeFile(path.join(work, `.dist-tmp-${dead}`, 'index.html'), 'half a build');
    const removed = await removeStaleTemporaries(work);
    expect(removed.map((file) => path.basename(file)).sort()).toEqual(
      [`.dist-tmp-${dead}`, `.png-tmp-${dead}`, `.deck.pdf-tmp-${dead}`, `.dist-old-${dead}`].sort(),
    );
    expect((await readdir(work)).sort()).toEqual(
      [`.dist-tmp-${process.pid}`, `.dist-tmp-${process.ppid}`, 'dist', 'dist-tmp-1', '.dist-tmp-notapid'].sort(),
    );
  });

  it('takes another pattern, such as browser profiles in the temporary folder', async () => {
    const dead = deadPid();
    await mkdir(path.join(work, `deck-browser-${dead}-abc123`));
    await mkdir(path.join(work, `deck-browser-${process.pid}-abc123`));
    const removed = await removeStaleTemporaries(work, /^deck-browser-(\d+)-/);
    expect(removed.map((file) => path.basename(file))).toEqual([`deck-browser-${dead}-abc123`]);
  });

  it('finds nothing to remove in a folder that does not exist', async () => {
    expect(await removeStaleTemporaries(path.join(work, 'missing'))).toEqual([]);
  });

  describe('a swap stopped at any instant', () => {
    // What replaceDirectory's three renames leave at each instant: `.dist-new-PID` is finished, `.dist-old-PID` retired.
    const instants = [
      { name: 'before the swap', leftovers: { tmp: 'new' }, target: 'old', expected: 'old' },
      { name: 'once the new copy is marked complete', leftovers: { new: 'new' }, target: 'old', expected: 'new' },
      { name: 'with neither in place', leftovers: { old: 'old', new: 'new' }, target: undefined, expected: 'new' },
      { name: 'before the retired copy is removed', leftovers: { old: 'old' }, target: 'new', expected: 'new' },
      { name: 'in the middle of an undo', leftovers: { old: 'old' }, target: undefined, expected: 'old' },
      { name: 'with a first output, no earlier one', leftovers: { new: 'new' }, target: undefined, expected: 'new' },
    ];
    it.each(instants)('$name: finished or undone, and only leftovers removed', async ({ leftovers, target, expected }) => {
      const folder = await mkdtemp(path.join(work, 'swap-'));
      const dead = deadPid();
      const copy = async (name: string, which: string): Promise<void> => {
        await mkdir(path.join(folder, name));
        await writeFile(path.join(folder, name, 'which.txt'), which);
      };
      if (target) await copy('dist', target);
      for (const [kind, which] of Object.entries(leftovers)) await copy(`.dist-${kind}-${dead}`, which);
      await removeStaleTemporaries(folder);
      expect(await readdir(folder)).toEqual(['dist']);
      expect(await readFile(path.join(folder, 'dist', 'which.txt'), 'utf8')).toBe(expected);
    });

    it('leaves the swap of a process that still runs alone', async () => {
      const folder = await mkdtemp(path.join(work, 'swap-'));
      await mkdir(path.join(folder, `.dist-old-${process.ppid}`));
      await mkdir(path.join(folder, `.dist-new-${process.ppid}`));
      await removeStaleTemporaries(folder);
      expect((await readdir(folder)).sort()).toEqual([`.dist-new-${process.ppid}`, `.dist-old-${process.ppid}`]);
    });
  });
});
