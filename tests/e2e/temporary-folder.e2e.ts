import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/base/errors.ts';
import { scratchNamePattern } from '../../src/base/scratch-path.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';
import { profilesOf, startCli } from './support/processes.ts';

/**
 * Every fault of the temporary folder or of the browser's path is one line and an exit code, and
 * leaves nothing behind; the browser starts with a temporary folder of any length.
 */
const dir = path.resolve('tests/artifacts/temporary-folder');
const out = (name: string): string => path.join(dir, name);

/** Runs a command to its end, with its process id. */
async function runCli(file: string, args: readonly string[], env: NodeJS.ProcessEnv) {
  const started = startCli(file, args, env);
  return { ...(await started.result), pid: started.pid };
}

function expectOneLine(result: { code: number | null; stderr: string }, exitCode: number, message: RegExp): void {
  expect(result.code, result.stderr).toBe(exitCode);
  expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(message);
}

/** Nothing the command made is left: no browser profile in either place one goes, no scratch folder beside its output. */
async function expectNothingLeft(pid: number): Promise<void> {
  expect(profilesOf(pid)).toEqual([]);
  expect(readdirSync('/tmp').filter((name) => name.startsWith(`deck-browser-${pid}-`))).toEqual([]);
  expect((await readdir(dir)).filter((name) => scratchNamePattern.test(name))).toEqual([]);
}

let mounted: string[] = [];
const canMount = process.getuid?.() === 0;

function mountTmpfs(target: string, options: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', target], { stdio: 'pipe' });
  mounted.push(target);
}

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
});
afterAll(async () => {
  for (const target of mounted) {
    execFileSync('umount', [target]);
    await rm(target, { recursive: true, force: true });
  }
  mounted = [];
});

describe.runIf(canMount)('a temporary folder that cannot be used (TMPDIR on a tmpfs mounted for the test)', () => {
  it('read-only: npm run pdf and npm run release say so on one line, exit 73, and leave nothing', async () => {
    // Short, under the run's temporary folder: a long one would not be used at all (see the long TMPDIR below).
    const readOnly = path.join(tmpdir(), 'ro');
    await mkdir(readOnly);
    mountTmpfs(readOnly, 'ro,size=64k');
    const message =
      /^Lỗi: không dùng được thư mục tạm .*\/ro \(TMPDIR\): ổ đĩa chỉ cho đọc, không cho ghi; hãy đặt TMPDIR sang một thư mục ghi được$/;
    const pdf = await runCli('src/cli/pdf.ts', ['--no-build', '--dist', fixtureBuilds.basic, '--out', out('ro.pdf')], { TMPDIR: readOnly });
    expectOneLine(pdf, ExitCode.cantWrite, message);
    await expectNothingLeft(pdf.pid);
    const release = await runCli('src/cli/release.ts', ['--slides', 'tests/fixtures/decks/basic', '--out', out('ro-release')], {
      TMPDIR: readOnly,
      DECK_QUIET: '1',
    });
    expectOneLine(release, ExitCode.cantWrite, message);
    expect(existsSync(out('ro-release'))).toBe(false);
    await expectNothingLeft(release.pid);
  });

  it('full: npm run pdf says so on one line before the browser starts, exits 73, and leaves nothing', async () => {
    const full = path.join(tmpdir(), 'full');
    await mkdir(full);
    mountTmpfs(full, 'size=4m');
    // 2 MB left: the browser would start, then fail to hand over the PDF it printed.
    await writeFile(path.join(full, 'filler'), Buffer.alloc(2 * 1024 * 1024));
    const pdf = await runCli('src/cli/pdf.ts', ['--no-build', '--dist', fixtureBuilds.basic, '--out', out('full.pdf')], { TMPDIR: full });
    expectOneLine(pdf, ExitCode.cantWrite, /^Lỗi: không dùng được thư mục tạm .*\/full \(TMPDIR\): thư mục đã đầy \(còn 2 MB, /);
    expect(await readdir(full)).toEqual(['filler']);
    await expectNothingLeft(pdf.pid);
  });
});

describe('a browser path that is a folder', () => {
  it('npm run pdf says so at once, exits 69, and leaves nothing', async () => {
    const pdf = await runCli('src/cli/pdf.ts', ['--no-build', '--dist', fixtureBuilds.basic, '--out', out('folder.pdf')], {
      PUPPETEER_EXECUTABLE_PATH: dir,
    });
    expectOneLine(pdf, ExitCode.noBrowser, /^Lỗi: PUPPETEER_EXECUTABLE_PATH được đặt là «.*», đó là thư mục, không phải tệp chạy được: /);
    await expectNothingLeft(pdf.pid);
  });

  it('npm run build (the social preview image needs the browser) says so, exits 69, and leaves nothing', async () => {
    const build = await runCli('src/cli/build.ts', ['--slides', 'tests/fixtures/decks/basic', '--out', out('folder-dist')], {
      PUPPETEER_EXECUTABLE_PATH: dir,
      // An empty cache: the image must be drawn.
      DECK_CACHE_DIR: out('empty-cache'),
    });
    expectOneLine(
      build,
      ExitCode.noBrowser,
      /PUPPETEER_EXECUTABLE_PATH được đặt là «.*», đó là thư mục, không phải tệp chạy được: .*--no-og-image$/,
    );
    expect(existsSync(out('folder-dist'))).toBe(false);
    await expectNothingLeft(build.pid);
  });
});

describe('a long temporary folder, and no home folder', () => {
  it('npm run pdf prints with a TMPDIR as long as a Mac’s, and without HOME creates none', async () => {
    // A Mac's is /var/folders/xx/xxxxxxxxxxxxxxxxxxxxxxxxxxxx/T/: about 49 characters. This one is 60 or more.
    const long = path.join(tmpdir(), 'a-temporary-folder-as-long-as-a-macs-or-longer');
    await mkdir(long, { recursive: true });
    const home = out('no-such-home');
    try {
      expect(long.length).toBeGreaterThanOrEqual(60);
      const pdf = await runCli('src/cli/pdf.ts', ['--no-build', '--dist', fixtureBuilds.basic, '--out', out('long.pdf')], {
        TMPDIR: long,
        HOME: home,
      });
      expect(pdf.code, pdf.stderr).toBe(0);
      expect(existsSync(out('long.pdf'))).toBe(true);
      expect(await readdir(long)).toEqual([]);
      expect(existsSync(home)).toBe(false);
      await expectNothingLeft(pdf.pid);
    } finally {
      await rm(long, { recursive: true, force: true });
    }
  });
});
