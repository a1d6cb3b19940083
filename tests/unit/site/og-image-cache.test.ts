import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ogImageCache, ogImageKey } from '../../../src/site/og-image-cache.ts';

let work: string;

async function site(cover: string, later: string, css = 'body{}'): Promise<string> {
  const dir = await mkdtemp(path.join(work, 'site-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(
    path.join(dir, 'index.html'),
    `<html lang="vi"><body><section>${cover}</section><section>${later}</section></body></html>`,
  );
  await writeFile(path.join(dir, 'assets', 'index.css'), css);
  await writeFile(path.join(dir, 'assets', 'index.js'), 'start()');
  return dir;
}

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'og-cache-'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('the social preview image cache', () => {
  it('keys the image by what draws the cover: its markup, the styles, fonts and scripts', async () => {
    const key = await ogImageKey(await site('Bìa', 'Trang 2'));
    expect(await ogImageKey(await site('Bìa', 'Trang 2 đã sửa'))).toBe(key);
    expect(await ogImageKey(await site('Bìa mới', 'Trang 2'))).not.toBe(key);
    expect(await ogImageKey(await site('Bìa', 'Trang 2', 'body{color:red}'))).not.toBe(key);
  });

  it('gives back an image drawn for the same inputs, and nothing for new ones', async () => {
    const cacheDir = path.join(work, 'cache');
    const first = await ogImageCache(await site('Bìa', 'a'), cacheDir);
    expect(await first.get()).toBeUndefined();
    await first.put(new Uint8Array([1, 2, 3]));
    expect(await (await ogImageCache(await site('Bìa', 'b'), cacheDir)).get()).toEqual(new Uint8Array([1, 2, 3]));
    expect(await (await ogImageCache(await site('Bìa khác', 'b'), cacheDir)).get()).toBeUndefined();
  });
});
