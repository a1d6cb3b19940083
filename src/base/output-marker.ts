import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The file that marks a folder as one of our outputs, with the list of the files we wrote in it:
 * only such a folder (or an empty one) may be replaced, and a rebuild knows which of its files
 * are earlier exports to keep.
 */
export const outputMarkerFile = '.deck-output.json';

export interface OutputMarker {
  /** What the folder holds, such as "site" or "png": one kind of output never replaces another. */
  kind: string;
  /** The files the tool wrote, relative to the folder, with "/" between folders. */
  files: string[];
}

const format = 1;

export async function writeOutputMarker(dir: string, marker: OutputMarker): Promise<void> {
  const text = `${JSON.stringify({ format, madeBy: 'this deck’s build and export commands', ...marker }, null, 1)}\n`;
  await writeFile(path.join(dir, outputMarkerFile), text);
}

/** The folder's marker, or undefined when it has none (or one this version cannot read). */
export async function readOutputMarker(dir: string): Promise<OutputMarker | undefined> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path.join(dir, outputMarkerFile), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { format: found, kind, files } = value as { format?: unknown; kind?: unknown; files?: unknown };
  if (found !== format || typeof kind !== 'string' || !Array.isArray(files)) return undefined;
  return { kind, files: files.filter((file): file is string => typeof file === 'string') };
}

/** Every file under `dir` (symbolic links included, not followed), relative, with "/" between folders. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
