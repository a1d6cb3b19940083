import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeManifest } from '../../../src/base/write-manifest.ts';

describe('writeManifest', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'manifest-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('lists every file but itself, sorted, with its size and SHA-256', async () => {
    await mkdir(path.join(dir, 'data'));
    await writeFile(path.join(dir, 'index.html'), 'trang');
    await writeFile(path.join(dir, 'data', '01-a.csv'), 'a,b\r\n');
    await writeFile(path.join(dir, 'manifest.json'), 'old');
    const manifest = await writeManifest(dir, 'tool 1.0', new Date('2026-01-02T03:04:05Z'));
    expect(manifest.files).toEqual([
      { path: 'data/01-a.csv', bytes: 5, sha256: createHash('sha256').update('a,b\r\n').digest('hex') },
      { path: 'index.html', bytes: Buffer.byteLength('trang'), sha256: createHash('sha256').update('trang').digest('hex') },
    ]);
    expect(JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'))).toEqual({
      generator: 'tool 1.0',
      createdAt: '2026-01-02T03:04:05.000Z',
      files: manifest.files,
    });
  });
});
