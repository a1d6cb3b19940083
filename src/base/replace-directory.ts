import { rename } from 'node:fs/promises';
import path from 'node:path';
import { type ClaimOutputDirectoryOptions, claimOutputDirectory } from './claim-output.ts';
import { asWriteError } from './describe-write-error.ts';
import { isOutputFolder, tellWaiting, withOutputLock } from './output-lock.ts';
import { uninterrupted } from './register-cleanup.ts';
import { removeLeftover, scratchPath } from './scratch-path.ts';
import { refreshManifests } from './write-manifest.ts';

export interface ReplaceDirectoryOptions extends ClaimOutputDirectoryOptions {
  /**
   * Last work on the finished folder that reads the old one, such as carrying the earlier exports
   * over: it runs holding the folder's lock, so nothing can be written into the old folder after it.
   */
  beforeSwap?: (target: string) => Promise<void>;
}

/**
 * Puts a finished directory in place of the old one with renames, so readers see either the old
 * output or the new one, never half of one. The old one is checked again first (see
 * claimOutputDirectory): only an empty folder or an output of the same kind is ever replaced.
 *
 * The swap is three renames: the finished folder to `.T-new-PID` (it is complete), T to
 * `.T-old-PID`, `.T-new-PID` to T. Stopped at any instant, even by `kill -9`, the next command
 * finishes or undoes it (see removeStaleTemporaries) and never throws the finished output away. A
 * stop signal waits for the renames (see uninterrupted). The folder (and the output folder it is in, such as dist/ for
 * dist/png) is locked meanwhile, and the manifests of the folders around it are written again.
 */
export async function replaceDirectory(finished: string, target: string, options: ReplaceDirectoryOptions): Promise<void> {
  const resolved = path.resolve(target);
  const parent = path.dirname(resolved);
  const folders = [...((await isOutputFolder(parent)) ? [parent] : []), resolved];
  await withOutputLock(folders, () => swap(finished, target, options), {
    onWait: (pid) => tellWaiting(target, pid),
  });
}

async function swap(finished: string, target: string, options: ReplaceDirectoryOptions): Promise<void> {
  const resolved = await claimOutputDirectory(target, options);
  await options.beforeSwap?.(resolved);
  const ready = scratchPath(resolved, 'new');
  const retired = scratchPath(resolved, 'old');
  let hadTarget = true;
  // A stop signal lets the renames end before any cleanup removes a scratch folder: the output is then
  // the old one or the new one, never none and never half of one. Once stopping, they are not begun.
  await uninterrupted(async (): Promise<void> => {
    await rename(finished, ready).catch((error: unknown) => {
      throw asWriteError(error, target) ?? error;
    });
    try {
      await rename(resolved, retired);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        await rename(ready, finished).catch(() => undefined);
        throw asWriteError(error, target) ?? error;
      }
      hadTarget = false;
    }
    try {
      await rename(ready, resolved);
    } catch (error) {
      if (hadTarget) await rename(retired, resolved).catch(() => undefined);
      await rename(ready, finished).catch(() => undefined);
      throw asWriteError(error, target) ?? error;
    }
  });
  await refreshManifests(path.dirname(resolved));
  // The new output is in place; a retired copy that cannot be removed (read-only) is only warned about.
  if (hadTarget) await removeLeftover(retired);
}
