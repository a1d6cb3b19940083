import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A copy of a fixture deck in a temporary folder, to edit freely in one test. */
export interface ScratchDeck {
  dir: string;
  /** The path of a file in the copy. */
  file(name: string): string;
  read(name: string): Promise<string>;
  /** Rewrites a file of the copy; the change must change something, so a test cannot edit nothing. */
  edit(name: string, change: (text: string) => string): Promise<void>;
  /** Every file of the copy, by name. */
  files(): Promise<string[]>;
  remove(): Promise<void>;
}

export async function scratchDeck(fixtureDir: string): Promise<ScratchDeck> {
  const dir = await mkdtemp(path.join(tmpdir(), 'deck-scratch-'));
  await cp(fixtureDir, dir, { recursive: true });
  const file = (name: string): string => path.join(dir, name);
  const read = (name: string): Promise<string> => readFile(file(name), 'utf8');
  return {
    dir,
    file,
    read,
    async edit(name, change) {
      const before = await read(name);
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${name} changed nothing`);
      await writeFile(file(name), after);
    },
    async files() {
      return (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
}
