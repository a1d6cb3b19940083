import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isOutputFolder } from './output-lock.ts';
import { scratchNamePattern, scratchPath } from './scratch-path.ts';

/** The release's table of contents, written last into dist/. */
export const manifestFile = 'manifest.json';

export interface ManifestEntry {
  /** Relative to dist/, with "/" between folders. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  /** What made it, such as "tn-2016-deck 1.0.0". */
  generator: string;
  createdAt: string;
  files: ManifestEntry[];
}

/** Lists every file under `distDir` (but itself) with its size and SHA-256, sorted by path, and writes dist/manifest.json. */
export async function writeManifest(distDir: string, generator: string, createdAt: Date): Promise<Manifest> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const files: ManifestEntry[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(distDir, full).split(path.sep).join('/');
    if (relative === manifestFile || isWorkInProgress(relative)) continue;
    const data = await readFile(full);
    files.push({ path: relative, bytes: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest = { generator, createdAt: createdAt.toISOString(), files };
  // Beside it, then renamed over it: a reader never sees half a manifest.
  const file = path.join(distDir, manifestFile);
  const scratch = scratchPath(file);
  try {
    await writeFile(scratch, `${JSON.stringify(manifest, null, 1)}\n`);
    await rename(scratch, file);
  } finally {
    await rm(scratch, { force: true });
  }
  return manifest;
}

/**
 * After a change of the files under `changed` (a file written, a folder replaced): every manifest.json
 * of the output folders it is in is written again, so its sizes and hashes stay true. The search
 * goes up from `changed` through our output folders (those with a marker) and stops at the first
 * folder that is not one. A manifest that cannot be read is removed rather than left wrong.
 */
export async function refreshManifests(changed: string): Promise<void> {
  for (let folder = path.resolve(changed); await isOutputFolder(folder); folder = path.dirname(folder)) {
    const file = path.join(folder, manifestFile);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      if (path.dirname(folder) === folder) break;
      continue;
    }
    const generator = readGenerator(text);
    if (generator === undefined) await rm(file, { force: true });
    else await writeManifest(folder, generator, new Date());
    if (path.dirname(folder) === folder) break;
  }
}

/** A lock or scratch file of a command still running, or a file inside a scratch folder: not part of the output. */
function isWorkInProgress(relative: string): boolean {
  return relative.split('/').some((part) => scratchNamePattern.test(part) || /^\..+\.lock$/.test(part));
}

function readGenerator(text: string): string | undefined {
  try {
    const { generator } = JSON.parse(text) as Partial<Manifest>;
    return typeof generator === 'string' ? generator : undefined;
  } catch {
    return undefined;
  }
}
