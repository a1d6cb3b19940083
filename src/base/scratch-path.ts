import { chmod, lstat, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { baseMessage } from './base-messages.ts';
import { writeFailure } from './describe-write-error.ts';
import { displayPath } from './display-path.ts';
import { type Message, say } from './message.ts';
import { pathExists } from './path-exists.ts';

/**
 * What a scratch path beside an output is for: the output being made (tmp), a finished one about to
 * be swapped in (new), the one being retired (old), or a side build (offline).
 */
export type ScratchKind = 'tmp' | 'new' | 'old' | 'offline';

/**
 * A hidden sibling of `target` for work in progress, such as `.dist-tmp-1234` beside `dist`. The
 * name carries this process's id, so that a later run can tell a leftover from a live one.
 */
export function scratchPath(target: string, kind: ScratchKind = 'tmp'): string {
  const resolved = path.resolve(target);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}-${kind}-${process.pid}`);
}

/** Names made by scratchPath; the last group is the id of the process that made it. */
export const scratchNamePattern = /^\..+-(?:tmp|new|old|offline)-(\d+)$/;

/** The parts of a scratch name: the output it is beside, what it is for, and the id of the process that made it. */
const scratchParts = /^\.(.+)-(tmp|new|old|offline)-(\d+)$/;

/** Whether a process with this id runs (one we may not signal runs too). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what interrupted runs left in `dir`: the entries whose name matches `pattern` (its first
 * group is the id of the process that made the entry) and whose process no longer runs.
 *
 * With the scratch names of this module, a swap that was interrupted (see replaceDirectory) is
 * finished or undone first, never thrown away: a finished output (`.dist-new-PID`) is put in place
 * of `dist`, and a retired one (`.dist-old-PID`) is put back when `dist` is missing. Only what is
 * then left over, work in progress and retired copies, is removed. Returns the paths removed.
 */
export async function removeStaleTemporaries(dir: string, pattern: RegExp = scratchNamePattern): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const isStale = (name: string): boolean => {
    const pid = Number(pattern.exec(name)?.[1]);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isProcessAlive(pid);
  };
  const stale = names.filter(isStale);
  if (pattern === scratchNamePattern) await finishInterruptedSwaps(dir, stale);
  const removed: string[] = [];
  for (const name of stale) {
    const file = path.join(dir, name);
    if (!(await pathExists(file))) continue;
    if (await removeLeftover(file)) removed.push(file);
  }
  return removed;
}

/** Puts in place the finished outputs a stopped swap left (`.T-new-PID`), or puts back the retired ones (`.T-old-PID`). */
async function finishInterruptedSwaps(dir: string, stale: readonly string[]): Promise<void> {
  const parts = stale.flatMap((name) => {
    const match = scratchParts.exec(name);
    return match ? [{ name, target: match[1] ?? '', kind: match[2] }] : [];
  });
  // Finished outputs first: the newest copy wins; then retired ones, for a target still missing.
  for (const kind of ['new', 'old']) {
    for (const leftover of parts.filter((part) => part.kind === kind)) {
      const target = path.join(dir, leftover.target);
      const from = path.join(dir, leftover.name);
      if (!(await pathExists(from))) continue;
      if (!(await pathExists(target))) {
        await rename(from, target).catch(() => undefined);
      } else if (kind === 'new') {
        // Stopped before the old copy was retired: retire it now, as the swap would have.
        const retired = scratchPath(target, 'old');
        try {
          await rename(target, retired);
          await rename(from, target);
        } catch {
          await rename(retired, target).catch(() => undefined);
          continue;
        }
        await removeLeftover(retired);
      }
    }
  }
}

/** Removes a leftover folder or file; one the user cannot delete (a read-only copy) is made writable first, else left with a warning. */
export async function removeLeftover(file: string): Promise<boolean> {
  try {
    await rm(file, { recursive: true, force: true, maxRetries: 3 });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      await makeWritable(file);
      try {
        await rm(file, { recursive: true, force: true, maxRetries: 3 });
        return true;
      } catch {
        // Reported below.
      }
    }
    process.stderr.write(`${say(leftoverWarning(file, error))}\n`);
    return false;
  }
}

/** A leftover that could not be removed: the output itself is fine, the copy beside it is the user's to remove. */
export function leftoverWarning(file: string, error: unknown): Message {
  return baseMessage('warningLine', { problem: baseMessage('leftover', { file: displayPath(file), ...writeFailure(error) }) });
}

/** Gives the owner write permission on every folder under `file`, so its entries can be removed. */
async function makeWritable(file: string): Promise<void> {
  const info = await lstat(file).catch(() => undefined);
  if (!info?.isDirectory()) return;
  await chmod(file, (info.mode & 0o7777) | 0o700).catch(() => undefined);
  for (const entry of await readdir(file).catch(() => [] as string[])) await makeWritable(path.join(file, entry));
}
