import { copyFile, mkdir, readlink, symlink } from 'node:fs/promises';
import path from 'node:path';
import { listFiles } from './output-marker.ts';
import { pathExists } from './path-exists.ts';

/**
 * Copies into `to` every file of `from`, at any depth, that `keep` accepts and that `to` does not
 * already have. A rebuild uses it to bring earlier exports (deck.pdf, png/, sub/x.pdf…) into the
 * new output. Returns the files copied.
 */
export async function carryOverFiles(from: string, to: string, keep: (file: string) => boolean): Promise<string[]> {
  let files: string[];
  try {
    files = await listFiles(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const copied: string[] = [];
  for (const file of files.filter(keep)) {
    const source = path.join(from, file);
    const destination = path.join(to, file);
    if (await pathExists(destination)) continue;
    await mkdir(path.dirname(destination), { recursive: true });
    try {
      await symlink(await readlink(source), destination);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
      await copyFile(source, destination);
    }
    copied.push(file);
  }
  return copied;
}
