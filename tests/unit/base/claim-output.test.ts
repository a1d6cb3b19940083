import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseMessage } from '../../../src/base/base-messages.ts';
import { claimOutputDirectory, claimOutputFile, outputRules, protectedReason } from '../../../src/base/claim-output.ts';
import { DeckError, ExitCode } from '../../../src/base/errors.ts';
import { writeOutputMarker } from '../../../src/base/output-marker.ts';
import { projectRoot } from '../../../src/base/project-root.ts';
import { errorText, say } from '../../helpers/problem-text.ts';

const root = '/work/project';
const rules = outputRules({ root, contentDir: '/work/project/slides', home: '/home/editor' });

describe('protectedReason (paths only)', () => {
  it.each([
    ['/', 'isProtected', 'fileSystemRoot'],
    ['/home/editor', 'isProtected', 'home'],
    ['/home', 'holdsProtected', 'home'],
    ['/work/project', 'isProtected', 'project'],
    ['/work', 'holdsProtected', 'project'],
    ['/work/project/slides', 'isProtected', 'content'],
    ['/work/project/slides/images', 'insideProtected', 'content'],
    ['/work/project/src', 'isProtected', 'code'],
    ['/work/project/src/site', 'insideProtected', 'code'],
    ['/work/project/.git', 'isProtected', 'git'],
    ['/work/project/node_modules/x', 'insideProtected', 'nodeModules'],
  ])('refuses %s: %s %s', (target, kind, name) => {
    expect(protectedReason(target, rules)).toMatchObject({ kind, name: { kind: name } });
  });

  it('names each folder in words', () => {
    const said = (target: string): string =>
      say(baseMessage('refuseReplace', { target, refusal: protectedReason(target, rules) ?? { kind: 'isFile' } }));
    expect(said('/')).toBe('không thay thế /: đây là thư mục gốc của ổ đĩa; hãy chọn chỗ khác, ví dụ dist');
    expect(said('/work/project/slides/images')).toBe(
      'không thay thế /work/project/slides/images: nó nằm trong thư mục nội dung (/work/project/slides); hãy chọn chỗ khác, ví dụ dist',
    );
    expect(said('/home')).toBe('không thay thế /home: nó chứa thư mục riêng của người dùng; hãy chọn chỗ khác, ví dụ dist');
  });

  it.each(['/work/project/dist', '/work/project/dist-large', '/work/project/dist/png', '/home/editor/decks/2016', '/tmp/out'])(
    'allows %s',
    (target) => {
      expect(protectedReason(target, rules)).toBeUndefined();
    },
  );

  it('refuses a content folder given elsewhere, and any folder that holds it', () => {
    const elsewhere = outputRules({ root, contentDir: '/data/talks/2016', home: '/home/editor' });
    expect(protectedReason('/data/talks/2016', elsewhere)).toMatchObject({ kind: 'isProtected', name: { kind: 'content' } });
    expect(protectedReason('/data/talks', elsewhere)).toMatchObject({ kind: 'holdsProtected', name: { kind: 'content' } });
  });

  it('lets a file sit beside the project, but never inside the content or the code', () => {
    expect(protectedReason('/work/deck.pdf', rules, { replacesFolder: false })).toBeUndefined();
    expect(protectedReason('/work/project/slides/deck.pdf', rules, { replacesFolder: false })).toMatchObject({
      kind: 'insideProtected',
      name: { kind: 'content' },
    });
    expect(protectedReason('/work/project/src/deck.pdf', rules, { replacesFolder: false })).toMatchObject({
      kind: 'insideProtected',
      name: { kind: 'code' },
    });
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
    expect(errorText(error)).toBe(
      `không thay thế ${folder}: nó chứa tệp không do công cụ này tạo (a.txt, b.txt, c.txt và 1 tệp khác); hãy chọn một thư mục mới hoặc trống`,
    );
    expect((await readdir(folder)).sort()).toEqual(['a.txt', 'b.txt', 'c.txt', 'd.txt']);
  });

  it('refuses another kind of output, a file, the content, and the project itself', async () => {
    const site = path.join(work, 'site');
    await mkdir(site);
    await writeOutputMarker(site, { kind: 'site', files: [] });
    await writeFile(path.join(work, 'a-file'), 'x');
    const cases: [string, RegExp][] = [
      [site, /nó chứa một loại kết quả khác \(site, không phải png\)/],
      [path.join(work, 'a-file'), /đây là một tệp, không phải thư mục/],
      [path.join(work, 'slides'), /đây là thư mục nội dung/],
      [work, /đây là thư mục dự án/],
      [path.dirname(work), /nó chứa thư mục dự án/],
    ];
    for (const [target, reason] of cases) {
      const error = await refusal(claimOutputDirectory(target, { kind: 'png', rules: localRules }));
      expect(error.exitCode, target).toBe(ExitCode.cantWrite);
      expect(errorText(error), target).toMatch(reason);
    }
  });

  it('sees through a symbolic link to the content', async () => {
    await symlink(path.join(work, 'slides'), path.join(work, 'innocent-looking'));
    const error = await refusal(claimOutputDirectory(path.join(work, 'innocent-looking'), { kind: 'site', rules: localRules }));
    expect(errorText(error)).toMatch(/đây là thư mục nội dung/);
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
      [path.join(work, 'empty'), /^không ghi .*empty: đây là một thư mục; hãy ghi tên tệp, ví dụ .*deck\.pdf$/],
      [path.join(work, 'notes.md'), /tệp đã có và không phải tệp \.pdf/],
      [path.join(work, 'slides', 'deck.pdf'), /nó nằm trong thư mục nội dung/],
      [path.join(work, 'a-file', 'deck.pdf'), /^không ghi được .*deck\.pdf: .*a-file là một tệp, không phải thư mục$/],
    ];
    for (const [target, message] of cases) {
      const error = await refusal(claimOutputFile(target, { extension: '.pdf', rules: localRules }));
      expect(error.exitCode, target).toBe(ExitCode.cantWrite);
      expect(errorText(error), target).toMatch(message);
    }
    await expect(claimOutputFile(path.join(work, 'out', 'deep', 'deck.pdf'), { extension: '.pdf', rules: localRules })).resolves.toBe(
      path.join(work, 'out', 'deep', 'deck.pdf'),
    );
    // The check leaves nothing behind: no probe file, no folder made.
    expect((await readdir(work)).filter((name) => name.startsWith('.deck-write-check') || name === 'out')).toEqual([]);
  });
});
