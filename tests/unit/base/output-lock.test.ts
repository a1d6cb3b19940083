import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../../../src/base/errors.ts';
import { lockFileOf, withOutputLock } from '../../../src/base/output-lock.ts';
import { writeManifest } from '../../../src/base/write-manifest.ts';
import { errorText } from '../../helpers/problem-text.ts';

describe('the lock of an output folder', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'output-lock-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('is a file beside the folder, there only while held', async () => {
    const folder = path.join(work, 'dist');
    expect(lockFileOf(folder)).toBe(path.join(work, '.dist.lock'));
    const seen = await withOutputLock([folder], async () => readdir(work));
    expect(seen).toContain('.dist.lock');
    expect(await readdir(work)).not.toContain('.dist.lock');
  });

  it('queues work on one folder within a process, one after the other', async () => {
    const folder = path.join(work, 'queued');
    const order: string[] = [];
    let releaseFirst = (): void => {};
    const held = new Promise<void>((started) => {
      void withOutputLock([folder], async () => {
        order.push('first starts');
        started();
        await new Promise<void>((resolve) => {
          releaseFirst = resolve;
        });
        order.push('first ends');
      });
    });
    const second = withOutputLock([folder], async () => {
      order.push('second');
    });
    await held;
    // The first holds the lock until it is released: the second has not run, whatever it waited for meanwhile.
    expect(order).toEqual(['first starts']);
    const first = withOutputLock([folder], async () => undefined);
    releaseFirst();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second']);
  });

  it('refuses with exit 73, naming the other process, once the wait is over', async () => {
    const folder = path.join(work, 'busy');
    // The parent process runs, and is not this one.
    await writeFile(lockFileOf(folder), JSON.stringify({ pid: process.ppid, id: 'theirs' }));
    const waited: (number | undefined)[] = [];
    const error = await withOutputLock([folder], async () => 'ran', { waitMs: 0, onWait: (pid) => waited.push(pid) }).catch(
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({ exitCode: ExitCode.cantWrite });
    expect(errorText(error)).toMatch(new RegExp(`busy: một lệnh khác \\(tiến trình ${process.ppid}\\) vẫn đang ghi vào đó`));
    await rm(lockFileOf(folder));
  });
});

describe('writeManifest beside a running command', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'manifest-lock-'));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('lists neither a lock nor a scratch folder of a command still at work', async () => {
    await writeFile(path.join(work, 'index.html'), 'trang');
    await writeFile(path.join(work, '.png.lock'), '{}');
    await mkdir(path.join(work, '.png-tmp-1'));
    await writeFile(path.join(work, '.png-tmp-1', '01.png'), 'half');
    const manifest = await writeManifest(work, 'tool', new Date(0));
    expect(manifest.files.map((file) => file.path)).toEqual(['index.html']);
  });
});
