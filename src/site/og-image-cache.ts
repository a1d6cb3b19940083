import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The social preview image depends only on what draws the title slide: its markup, the page's
 * language, and the styles, fonts and scripts of the build. An image drawn for the same inputs
 * is taken from the cache, so an unchanged cover needs no browser at build time.
 */
export interface OgImageCache {
  get(): Promise<Uint8Array | undefined>;
  put(image: Uint8Array): Promise<void>;
}

export async function ogImageCache(distDir: string, cacheDir: string): Promise<OgImageCache> {
  const key = await ogImageKey(distDir);
  const file = path.join(cacheDir, `${key}.png`);
  return {
    get: () =>
      readFile(file).then(
        (data) => new Uint8Array(data),
        () => undefined,
      ),
    async put(image) {
      await mkdir(cacheDir, { recursive: true });
      const scratch = `${file}.tmp-${process.pid}`;
      await writeFile(scratch, image);
      await rename(scratch, file);
    },
  };
}

/** The hash of everything that draws the cover in a built site. */
export async function ogImageKey(distDir: string): Promise<string> {
  const hash = createHash('sha256');
  const index = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const cover = /<section\b[\s\S]*?<\/section>/.exec(index)?.[0] ?? index;
  hash.update(/<html[^>]*>/.exec(index)?.[0] ?? '');
  hash.update(cover);
  const assetsDir = path.join(distDir, 'assets');
  const assets = (await readdir(assetsDir).catch(() => [] as string[])).filter((name) => /\.(js|css|woff2?)$/.test(name)).sort();
  for (const name of assets) {
    hash.update(`\0${name}\0`);
    hash.update(await readFile(path.join(assetsDir, name)));
  }
  return hash.digest('hex').slice(0, 32);
}
