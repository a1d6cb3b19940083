import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, chown, cp, lstat, mkdir, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/base/errors.ts';
import { listFiles } from '../../src/base/output-marker.ts';
import { scratchNamePattern } from '../../src/base/scratch-path.ts';
import { type Manifest, manifestFile, writeManifest } from '../../src/base/write-manifest.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';
import { browsersOf, commandLine, profilesOf, startCli } from './support/processes.ts';

/** Outputs are never lost: not to a command writing into a folder being replaced, not to a stopped swap, not through a dangling link. */
const dir = path.resolve('tests/artifacts/outputs-never-lost');

async function runCli(file: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const started = startCli(file, args, env);
  return { ...(await started.result), pid: started.pid };
}

/** A copy of the basic fixture's build, with `release.txt` as an earlier export that says which copy it is. */
async function builtCopy(target: string, which: string): Promise<void> {
  await cp(fixtureBuilds.basic, target, { recursive: true });
  await writeFile(path.join(target, 'release.txt'), which);
}

/** The id of a process that has ended: what `kill -9` leaves in scratch names. */
function deadPid(): number {
  return spawnSync(process.execPath, ['--version']).pid as number;
}

const scratchIn = async (folder: string): Promise<string[]> =>
  (await readdir(folder)).filter((name) => scratchNamePattern.test(name) || name.endsWith('.lock'));

beforeAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
});

describe('npm run release with bad content', () => {
  it('stops with the problems and exit 65, and leaves no browser running', async () => {
    const result = await runCli('src/cli/release.ts', ['--slides', fixtureDecks.broken, '--out', path.join(dir, 'broken-release')], {
      DECK_QUIET: '1',
    });
    expect(result.code, result.stderr).toBe(ExitCode.content);
    expect(result.stderr).toMatch(/^Lỗi: Có 3 chỗ cần sửa trong nội dung:\n/);
    expect(browsersOf(result.pid)).toEqual([]);
    expect(profilesOf(result.pid)).toEqual([]);
    expect(await readdir(dir)).not.toContain('broken-release');
  });
});

describe('a command writing into a folder that another command is replacing', () => {
  it('waits until the new folder is in place, then writes into it: the PowerPoint file is not lost', async () => {
    const site = path.join(dir, 'busy-dist');
    await builtCopy(site, 'the earlier build');
    const replacing: ChildProcess = spawn(process.execPath, commandLine('tests/e2e/support/replace-slowly.ts', [site]), {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      await printed(replacing, /holding\n/);
      const pptx = startCli('src/cli/pptx.ts', ['--slides', fixtureDecks.basic, '--out', path.join(site, 'deck.pptx')]);
      let stderr = '';
      await new Promise<void>((resolve, reject) => {
        pptx.child.stderr?.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('… đang đợi: một lệnh khác')) resolve();
        });
        void pptx.result.then(() => reject(new Error(`npm run pptx did not wait:\n${stderr}`)));
      });
      expect(stderr).toContain(`… đang đợi: một lệnh khác (tiến trình ${replacing.pid}) đang ghi`);
      replacing.stdin?.end();
      await printed(replacing, /replaced\n/);
      const result = await pptx.result;
      expect(result.code, result.stderr).toBe(0);
      expect((await lstat(path.join(site, 'deck.pptx'))).size).toBeGreaterThan(1000);
      expect(await scratchIn(dir)).toEqual([]);
    } finally {
      replacing.kill('SIGKILL');
    }
  });

  it('takes over the lock of a command that was killed, without waiting', async () => {
    const site = path.join(dir, 'killed-lock-dist');
    await builtCopy(site, 'the earlier build');
    await writeFile(path.join(dir, '.killed-lock-dist.lock'), JSON.stringify({ pid: deadPid(), id: 'x' }));
    const result = await runCli('src/cli/pptx.ts', ['--slides', fixtureDecks.basic, '--out', path.join(site, 'deck.pptx')]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('đang đợi');
    expect(await scratchIn(dir)).toEqual([]);
  });
});

/** Printed on the child's stdout. */
function printed(child: ChildProcess, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer): void => {
      text += chunk.toString();
      if (pattern.test(text)) {
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`ended with ${code} before printing ${pattern}: ${text}`)));
  });
}

describe('a swap stopped at any instant (kill -9 of a build or release)', () => {
  // Every instant of the swap: tests/unit/base/scratch-path.test.ts. Here, end to end, the one that lost the release:
  // neither copy in place, only the retired one and the finished one.
  async function stoppedMidSwap(name: string): Promise<string> {
    const folder = path.join(dir, name);
    await mkdir(folder);
    const pid = deadPid();
    await builtCopy(path.join(folder, `.dist-old-${pid}`), 'the earlier release');
    await builtCopy(path.join(folder, `.dist-new-${pid}`), 'the new release');
    return folder;
  }

  it('the next build finishes it, carrying the finished release’s exports, and removes neither copy', async () => {
    const folder = await stoppedMidSwap('swap-build');
    const dist = path.join(folder, 'dist');
    const result = await runCli('src/cli/build.ts', ['--slides', fixtureDecks.basic, '--out', dist, '--no-og-image']);
    expect(result.code, result.stderr).toBe(0);
    // release.txt is an earlier export: the build carries it from the copy it found in place.
    expect(await readFile(path.join(dist, 'release.txt'), 'utf8')).toBe('the new release');
    expect(await readdir(folder)).toEqual(['dist']);
  });

  it('a command that only reads the folder (npm run present -- --no-build) finishes it too', async () => {
    const folder = await stoppedMidSwap('swap-read');
    const dist = path.join(folder, 'dist');
    const present = startCli('src/cli/present.ts', ['--no-build', '--host', '127.0.0.1', '--port', '0', '--dist', dist]);
    let stdout = '';
    await new Promise<void>((resolve, reject) => {
      present.child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('Ctrl-C')) resolve();
      });
      void present.result.then((result) => reject(new Error(`npm run present ended: ${result.stderr}`)));
    });
    present.child.kill('SIGINT');
    expect((await present.result).code).toBe(130);
    expect(await readFile(path.join(dist, 'release.txt'), 'utf8')).toBe('the new release');
    expect(await readdir(folder)).toEqual(['dist']);
  });
});

describe('a dangling --out link (a USB stick that is not mounted)', () => {
  it('is refused with exit 73 and kept as it is, by the build and by an export', async () => {
    const link = path.join(dir, 'usb');
    const missing = path.join(dir, 'not-mounted', 'dist');
    await symlink(missing, link);
    const build = await runCli('src/cli/build.ts', ['--slides', fixtureDecks.basic, '--out', link, '--no-og-image']);
    expect(build.code, build.stderr).toBe(ExitCode.cantWrite);
    expect(build.stderr.trim()).toBe(
      `Lỗi: không thay thế ${path.relative(process.cwd(), link)}: đây là lối tắt tới ${missing}, nơi không tồn tại (ổ đĩa chưa cắm?); hãy cắm ổ vào, hoặc xóa lối tắt`,
    );
    const pptx = await runCli('src/cli/pptx.ts', ['--slides', fixtureDecks.basic, '--out', path.join(link, 'deck.pptx')]);
    expect(pptx.code, pptx.stderr).toBe(ExitCode.cantWrite);
    expect(pptx.stderr).toMatch(/usb là lối tắt tới .*not-mounted\/dist, nơi không tồn tại/);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(missing);
    expect(await readdir(dir)).not.toContain('not-mounted');
  });
});

describe('manifest.json in a release folder', () => {
  /** Every entry's size and hash match the file, and every file is listed. */
  async function expectTrue(folder: string): Promise<Manifest> {
    const manifest = JSON.parse(await readFile(path.join(folder, manifestFile), 'utf8')) as Manifest;
    const files = (await listFiles(folder)).filter((file) => file !== manifestFile);
    expect(manifest.files.map((file) => file.path)).toEqual(files);
    for (const entry of manifest.files) {
      const data = await readFile(path.join(folder, entry.path));
      expect({ path: entry.path, bytes: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') }).toEqual(entry);
    }
    return manifest;
  }

  it('is written again when a build, then an export, changes its folder’s files', async () => {
    const release = path.join(dir, 'release');
    await builtCopy(release, 'a release');
    await writeManifest(release, 'tn-2016-deck 1.0.0', new Date('2026-01-01T00:00:00Z'));
    const build = await runCli('src/cli/build.ts', ['--slides', fixtureDecks.basic, '--out', release, '--appendix', '--no-og-image']);
    expect(build.code, build.stderr).toBe(0);
    const rebuilt = await expectTrue(release);
    expect(rebuilt.generator).toBe('tn-2016-deck 1.0.0');
    expect(rebuilt.files.map((file) => file.path)).toContain('release.txt');

    const pptx = await runCli('src/cli/pptx.ts', ['--slides', fixtureDecks.basic, '--out', path.join(release, 'deck.pptx')]);
    expect(pptx.code, pptx.stderr).toBe(0);
    expect((await expectTrue(release)).files.map((file) => file.path)).toContain('deck.pptx');
  });
});

describe.runIf(process.getuid?.() === 0)('a read-only earlier build (built as an ordinary user)', () => {
  it('is replaced, and its retired copy removed, run after run', async () => {
    const folder = path.join(dir, 'read-only');
    await mkdir(folder);
    const dist = path.join(folder, 'dist');
    await builtCopy(dist, 'a read-only build');
    const nobody = 65_534;
    for (const file of [folder, dist, ...(await readdir(dist, { recursive: true })).map((name) => path.join(dist, name))]) {
      await chown(file, nobody, nobody);
    }
    // chmod -R a-w dist: its files can be read, not removed.
    for (const file of [...(await readdir(dist, { recursive: true })).map((name) => path.join(dist, name)), dist]) {
      const info = await lstat(file);
      await chmod(file, info.mode & 0o555);
    }
    for (let run = 1; run <= 2; run++) {
      const result = spawnSync(
        process.execPath,
        commandLine('src/cli/build.ts', ['--slides', fixtureDecks.basic, '--out', dist, '--no-og-image']),
        {
          uid: nobody,
          gid: nobody,
          env: { ...process.env, CI: '1', HOME: folder, TMPDIR: folder },
          encoding: 'utf8',
        },
      );
      expect(result.status, `run ${run}: ${result.stderr}`).toBe(0);
      expect(result.stderr, `run ${run}`).toMatch(/^✓ đã dựng .*\n$/);
      expect(await readdir(folder), `run ${run}`).toEqual(['dist']);
    }
  });
});

afterAll(async () => {
  // The read-only copy's files must be removable by the next run's set-up.
  await chmod(dir, 0o755).catch(() => undefined);
});
