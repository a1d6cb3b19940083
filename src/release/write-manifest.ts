import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

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
    if (relative === manifestFile) continue;
    const data = await readFile(full);
    files.push({ path: relative, bytes: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest = { generator, createdAt: createdAt.toISOString(), files };
  await writeFile(path.join(distDir, manifestFile), `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}
