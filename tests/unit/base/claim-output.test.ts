import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimOutputDirectory, claimOutputFile, outputRules, protectedReason } from '../../../src/base/claim-output.ts';
import { DeckError, ExitCode } from '../../../src/base/errors.ts';
import { writeOutputMarker } from '../../../src/base/output-marker.ts';
import { projectRoot } from '../../../src/base/project-root.ts';

const root = '/work/project';
const rules = outputRules({ root, contentDir: '/work/project/slides', home: '/home/editor' });

describe('protectedReason (paths only)', () => {
  it.each([
    ['/', 'it is the root of the file system'],
    ['/home/editor', 'it is your home folder'],
    ['/home', 'it holds your home folder'],
    ['/work/project', 'it is the project folder'],
    ['/work', 'it holds the project folder'],
    ['/work/project/slides', 'it is the content folder (/work/project/slides)'],
    ['/work/project/slides/images', 'it is inside the content folder (/work/project/slides)'],
    ['/work/project/src', 'it is the code folder (src)'],
    ['/work/project/src/site', 'it is inside the code folder (src)'],
    ['/work/project/.git', 'it is the git repository (.git)'],
    ['/work/project/node_modules/x', 'it is inside node_modules'],
  ])('refuses %s: %s', (target, reason) => {
    expect(protectedReason(target, rules)).toBe(reason);
  });

  it.each(['/work/project/dist', '/work/project/dist-large', '/work/project/dist/png', '/home/editor/decks/2016', '/tmp/out'])(
    'allows %s',
    (target) => {
      expect(protectedReason(target, rules)).toBeUndefined();
    },
  );

  it('refuses a content folder given elsewhere, and any folder that holds it', () => {
    const elsewhere = outputRules({ root, contentDir: '/data/talks/2016', home: '/home/editor' });
    expect(protectedReason('/data/talks/2016', elsewhere)).toMatch(/^it is the content folder/);
    expect(protectedReason('/data/talks', elsewhere)).toMatch(/^it holds the content folder/);
  });

  it('lets a file sit beside the project, but never inside the content or the code', () => {
    expect(protectedReason('/work/deck.pdf', rules, { replacesFolder: false })).toBeUndefined();
    expect(protectedReason('/work/project/slides/deck.pdf', rules, { replacesFolder: false })).toMatch(/inside the content folder/);
    expect(protectedReason('/work/project/src/deck.pdf', rules, { replacesFolder: false })).toMatch(/inside the code folder/);
  });

  it('knows this project’s own folder', () => {
    expect(path.join(projectRoot, 'package.json')).toBe(path.resolve('package.json'));
  });
});

describe('claiming an output folder on disk', () => {
  let work: string;
  let localRules: ReturnType<typeof outputRules>;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'claim-output-'));
    await mkdir(path.join(work, 'slides'));
    await writeFile(path.join(work, 'slides', 'deck.yaml'), 'title: x\n');
    localRules = outputRules({ root: work, contentDir: path.join(work, 'slides'), home: '/nonexistent-home' });
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  const refusal = (promise: Promise<unknown>): Promise<DeckError> =>
    promise.then(
      () => {
        throw new Error('expected a refusal');
      },
      (error: unknown) => error as DeckError,
    );

  it('accepts a missing, an empty, or a marked folder of the same kind', async () => {
    await expect(claimOutputDirectory(path.join(work, 'new'), { kind: 'png', rules: localRules })).resolves.toBe(path.join(work, 'new'));
    await mkdir(path.join(work, 'empty'));
    await expect(claimOutputDirectory(path.join(work, 'empty'), { kind: 'png', rules: localRules })).resolves.toBe(
      path.join(work, 'empty'),
    );
    await mkdir(path.join(work, 'ours'));
    await writeFile(path.join(work, 'ours', '01.png'), 'png');
    await writeOutputMarker(path.join(work, 'ours'), { kind: 'png', files: ['01.png'] });
    await expect(claimOutputDirectory(path.join(work, 'ours'), { kind: 'png', rules: localRules })).resolves.toBe(path.join(work, 'ours'));
  });

  it('refuses a folder of someone else’s files, naming the folder and some of its files (exit 73)', async () => {
    const folder = path.join(work, 'someone');
    await mkdir(folder);
    for (const name of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) await writeFile(path.join(folder, name), name);
    const error = await refusal(claimOutputDirectory(folder, { kind: 'png', rules: localRules }));
    expect(error).toBeInstanceOf(DeckError);
    expect(error.exitCode).toBe(ExitCode.cantWrite);
    expect(error.message).toBe(
      `refusing to replace ${folder}: it holds files this tool did not make (a.txt, b.txt, c.txt and 1 more); choose a new or empty folder`,
    );
    expect((await readdir(folder)).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });

  it('refuses another kind of output, a file, the content, and the project itself', async () => {
    const site = path.join(work, 'site');
    await mkdir(site);
    await writeOutputMarker(site, { kind: 'site', files: [] });
    await writeFile(path.join(work, 'a-file'), 'x');
    const cases: [string, RegExp][] = [
      [site, /it holds another kind of output \(site, not png\)/],
      [path.join(work, 'a-file'), /it is a file, not a folder/],
      [path.join(work, 'slides'), /it is the content folder/],
      [work, /it is the project folder/],
      [path.dirname(work), /it holds the project folder/],
    ];
    for (const [target, reason] of cases) {
      const error = await refusal(claimOutputDirectory(target, { kind: 'png', rules: localRules }));
      expect(error.exitCode, target).toBe(ExitCode.cantWrite);
      expect(error.message, target).toMatch(reason);
    }
  });

  it('sees through a symbolic link to the content', async () => {
    await symlink(path.join(work, 'slides'), path.join(work, 'innocent-looking'));
    const error = await refusal(claimOutputDirectory(path.join(work, 'innocent-looking'), { kind: 'site', rules: localRules }));
    expect(error.message).toMatch(/it is the content folder/);
  });

  it('accepts an unmarked folder only when the recogniser knows it', async () => {
    const old = path.join(work, 'old-build');
    await mkdir(old);
    await writeFile(path.join(old, 'index.html'), 'x');
    const recognise = async (dir: string) => dir === old;
    await expect(claimOutputDirectory(old, { kind: 'site', rules: localRules, recognise })).resolves.toBe(old);
  });

  it('refuses an output file that is a folder, another kind of file, inside the content, or under a file', async () => {
    await writeFile(path.join(work, 'notes.md'), 'mine');
    const cases: [string, RegExp][] = [
      [path.join(work, 'empty'), /^refusing to write .*empty: it is a folder; give a file name, such as .*deck\.pdf$/],
      [path.join(work, 'notes.md'), /it exists and is not a \.pdf file/],
      [path.join(work, 'slides', 'deck.pdf'), /it is inside the content folder/],
      [path.join(work, 'a-file', 'deck.pdf'), /^could not write .*deck\.pdf: .*a-file is a file, not a folder$/],
    ];
    for (const [target, message] of cases) {
      const error = await refusal(claimOutputFile(target, { extension: '.pdf', rules: localRules }));
      expect(error.exitCode, target).toBe(ExitCode.cantWrite);
      expect(error.message, target).toMatch(message);
    }
    await expect(claimOutputFile(path.join(work, 'out', 'deep', 'deck.pdf'), { extension: '.pdf', rules: localRules })).resolves.toBe(
      path.join(work, 'out', 'deep', 'deck.pdf'),
    );
    // The check leaves nothing behind: no probe file, no folder made.
    expect((await readdir(work)).filter((name) => name.startsWith('.deck-write-check') || name === 'out')).toEqual([]);
  });
});
