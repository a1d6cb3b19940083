import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { carryOverFiles } from '../../../src/base/carry-over-files.ts';
import { outputRules } from '../../../src/base/claim-output.ts';
import { ExitCode } from '../../../src/base/errors.ts';
import { listFiles, outputMarkerFile, readOutputMarker, writeOutputMarker } from '../../../src/base/output-marker.ts';
import { replaceDirectory } from '../../../src/base/replace-directory.ts';

let work: string;
const rules = () => outputRules({ root: path.join(work, 'project'), contentDir: path.join(work, 'project', 'slides') });

async function tree(files: Record<string, string>, dir: string): Promise<void> {
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}

beforeEach(async () => {
  await rm(work ?? '', { recursive: true, force: true });
  work = await mkdtemp(path.join(tmpdir(), 'replace-directory-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('replaceDirectory', () => {
  it('puts the new output in place of an earlier one of the same kind, leaving nothing beside it', async () => {
    const target = path.join(work, 'dist');
    await tree({ 'index.html': 'old' }, target);
    await writeOutputMarker(target, { kind: 'site', files: ['index.html'] });
    const finished = path.join(work, '.dist-tmp-1');
    await tree({ 'index.html': 'new' }, finished);
    await replaceDirectory(finished, target, { kind: 'site', rules: rules() });
    expect(await readFile(path.join(target, 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(work)).toEqual(['dist']);
  });

  it('refuses, at the last moment too, a folder that is not ours, and leaves both as they were', async () => {
    const target = path.join(work, 'photos');
    await tree({ 'holiday.jpg': 'mine' }, target);
    const finished = path.join(work, '.photos-tmp-1');
    await tree({ '01.png': 'new' }, finished);
    const error = await replaceDirectory(finished, target, { kind: 'png', rules: rules() }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ exitCode: ExitCode.cantWrite });
    expect(await readFile(path.join(target, 'holiday.jpg'), 'utf8')).toBe('mine');
    expect(await listFiles(finished)).toEqual(['01.png']);
  });
});

describe('carryOverFiles and the output marker', () => {
  it('keeps every earlier export at any depth, and drops the files of the earlier build', async () => {
    const earlier = path.join(work, 'dist');
    const built = ['assets/index-old.js', 'index.html', 'deck.json'];
    await tree(
      {
        'assets/index-old.js': 'old build',
        'index.html': 'old build',
        'deck.json': 'old build',
        'deck.pdf': 'pdf',
        'deck.pptx': 'pptx',
        'png/01.png': 'png',
        [`png/${outputMarkerFile}`]: '{}',
        'sub/deeper/x.pdf': 'x',
      },
      earlier,
    );
    await symlink('deck.pdf', path.join(earlier, 'latest.pdf'));
    await writeOutputMarker(earlier, { kind: 'site', files: built });
    const marker = await readOutputMarker(earlier);
    expect(marker).toEqual({ kind: 'site', files: built });

    const next = path.join(work, '.dist-tmp-1');
    await tree({ 'assets/index-new.js': 'new build', 'index.html': 'new build', 'deck.json': 'new build' }, next);
    const exported = (file: string) => file !== outputMarkerFile && !marker?.files.includes(file);
    const copied = await carryOverFiles(earlier, next, exported);
    expect(copied.sort()).toEqual(['deck.pdf', 'deck.pptx', 'latest.pdf', 'png/.deck-output.json', 'png/01.png', 'sub/deeper/x.pdf']);
    expect(await listFiles(next)).toEqual([
      'assets/index-new.js',
      'deck.json',
      'deck.pdf',
      'deck.pptx',
      'index.html',
      'latest.pdf',
      'png/.deck-output.json',
      'png/01.png',
      'sub/deeper/x.pdf',
    ]);
    expect(await readFile(path.join(next, 'index.html'), 'utf8')).toBe('new build');
    expect(await readFile(path.join(next, 'sub/deeper/x.pdf'), 'utf8')).toBe('x');
    expect((await lstat(path.join(next, 'latest.pdf'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(next, 'latest.pdf'))).toBe('deck.pdf');
  });

  it('has nothing to carry from a folder that does not exist', async () => {
    expect(await carryOverFiles(path.join(work, 'none'), work, () => true)).toEqual([]);
  });

  it('reads no marker from a folder without one, or with a foreign one', async () => {
    expect(await readOutputMarker(work)).toBeUndefined();
    await writeFile(path.join(work, outputMarkerFile), '{"kind": 3}');
    expect(await readOutputMarker(work)).toBeUndefined();
  });
});
