import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** What a scratch path beside an output is for: the output being made, the one being retired, or a side build. */
export type ScratchKind = 'tmp' | 'old' | 'offline';

/**
 * A hidden sibling of `target` for work in progress, such as `.dist-tmp-1234` beside `dist`. The
 * name carries this process's id, so that a later run can tell a leftover from a live one.
 */
export function scratchPath(target: string, kind: ScratchKind = 'tmp'): string {
  const resolved = path.resolve(target);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}-${kind}-${process.pid}`);
}

/** Names made by scratchPath; the last group is the id of the process that made it. */
export const scratchNamePattern = /^\..+-(?:tmp|old|offline)-(\d+)$/;

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
 */
export async function removeStaleTemporaries(dir: string, pattern: RegExp = scratchNamePattern): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = Number(pattern.exec(name)?.[1]);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isProcessAlive(pid);
  });
  for (const name of stale) await rm(path.join(dir, name), { recursive: true, force: true, maxRetries: 3 });
  return stale.map((name) => path.join(dir, name));
}
