import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { baseMessage } from './base-messages.ts';
import { asWriteError } from './describe-write-error.ts';
import { displayPath } from './display-path.ts';
import { DeckError } from './errors.ts';
import { type Message, say } from './message.ts';
import { outputMarkerFile } from './output-marker.ts';
import { registerCleanup } from './register-cleanup.ts';
import { isProcessAlive } from './scratch-path.ts';

/**
 * One command at a time in an output folder. A command that replaces a folder (a build of dist/)
 * holds its lock from the moment it reads what is there to keep (the earlier exports) until the
 * new folder is in place; a command that writes a file into it (a PPTX into dist/) holds it while
 * it writes. The other waits, so nothing is written into a folder that is about to be thrown away.
 *
 * The lock is a file beside the folder, `.dist.lock`, holding the owner's process id: a lock whose
 * process no longer runs (killed with `kill -9`) is taken over.
 */

export interface OutputLockOptions {
  /** Longest wait for another command, in milliseconds; then the command is refused (exit 73). @defaultValue 120000 */
  waitMs?: number;
  /** Told once when the folder is busy, with the other command's process id. */
  onWait?: (pid: number | undefined) => void;
}

interface LockContent {
  pid: number;
  id: string;
}

/** The lock file of a folder: beside it, where its scratch folders go. */
export function lockFileOf(folder: string): string {
  const resolved = path.resolve(folder);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.lock`);
}

/** Whether a folder is one of our outputs: only those are replaced, so only those need a lock for a write. */
export async function isOutputFolder(folder: string): Promise<boolean> {
  return stat(path.join(folder, outputMarkerFile)).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Within one process, work on one folder is queued here; the lock file keeps other processes out. */
const queues = new Map<string, Promise<void>>();

/** Runs `work` holding the locks of `folders` (taken in the order given: ancestors first, so no two commands wait on each other). */
export async function withOutputLock<T>(folders: readonly string[], work: () => Promise<T>, options: OutputLockOptions = {}): Promise<T> {
  const [first, ...rest] = folders;
  if (first === undefined) return work();
  return withOneLock(first, () => withOutputLock(rest, work, options), options);
}

async function withOneLock<T>(folder: string, work: () => Promise<T>, options: OutputLockOptions): Promise<T> {
  const file = lockFileOf(folder);
  const before = queues.get(file) ?? Promise.resolve();
  let done = (): void => {};
  const mine = new Promise<void>((resolve) => {
    done = resolve;
  });
  queues.set(file, mine);
  await before;
  try {
    const release = await acquire(file, folder, options);
    try {
      return await work();
    } finally {
      await release();
    }
  } finally {
    if (queues.get(file) === mine) queues.delete(file);
    done();
  }
}

/** Polls a busy lock: short at first, as most holders are quick (a swap, one file), then less often. */
const pollDelaysMs = [20, 50, 100, 200, 500];

async function acquire(file: string, folder: string, options: OutputLockOptions): Promise<() => Promise<void>> {
  const content: LockContent = { pid: process.pid, id: randomBytes(8).toString('hex') };
  const deadline = Date.now() + (options.waitMs ?? 120_000);
  let told = false;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, 'wx');
      try {
        await handle.writeFile(JSON.stringify(content));
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asWriteError(error, displayPath(folder)) ?? error;
    }
    const holder = await readHolder(file);
    if (holder === 'stale') {
      await rm(file, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw busyError(folder, holder);
    if (!told) options.onWait?.(holder);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, pollDelaysMs[Math.min(attempt, pollDelaysMs.length - 1)]));
  }
  const unregister = registerCleanup(() => removeIfOurs(file, content.id));
  return async () => {
    unregister();
    await removeIfOurs(file, content.id);
  };
}

/** The holder's process id; "stale" when it no longer runs; undefined while its lock is being written. */
async function readHolder(file: string): Promise<number | undefined | 'stale'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    // Gone meanwhile: try again at once.
    return 'stale';
  }
  try {
    const { pid } = JSON.parse(text) as Partial<LockContent>;
    if (typeof pid === 'number' && Number.isInteger(pid) && pid > 0) return isProcessAlive(pid) ? pid : 'stale';
  } catch {
    // Being written, or cut short by a crash: judged by its age below.
  }
  const age =
    Date.now() -
    (await stat(file).then(
      (info) => info.mtimeMs,
      () => 0,
    ));
  return age > 10_000 ? 'stale' : undefined;
}

async function removeIfOurs(file: string, id: string): Promise<void> {
  const text = await readFile(file, 'utf8').catch(() => '');
  if (text.includes(id)) await rm(file, { force: true });
}

/** Removes the locks in `dir` whose process no longer runs (left by `kill -9`). */
export async function removeStaleLocks(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((candidate) => /^\..+\.lock$/.test(candidate))) {
    const file = path.join(dir, name);
    if ((await readHolder(file)) === 'stale') await rm(file, { force: true }).catch(() => undefined);
  }
}

/** What a command says when another one kept the folder too long. */
export function busyError(folder: string, pid: number | undefined): DeckError {
  return new DeckError('cantWrite', baseMessage('folderBusy', { folder: displayPath(folder), ...(pid === undefined ? {} : { pid }) }));
}

/** What a command says while it waits for another one. */
export function waitingMessage(folder: string, pid: number | undefined): Message {
  return baseMessage('waitingForFolder', { folder: displayPath(folder), ...(pid === undefined ? {} : { pid }) });
}

/** Tells, on stderr and in the command's words, that the command waits for another one. */
export function tellWaiting(folder: string, pid: number | undefined): void {
  process.stderr.write(`${say(baseMessage('stepLine', { step: waitingMessage(folder, pid) }))}\n`);
}
