import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { baseMessage } from './base-messages.ts';
import { writeFailure } from './describe-write-error.ts';
import { DeckError } from './errors.ts';
import { isOutputFolder, tellWaiting, withOutputLock } from './output-lock.ts';
import { registerCleanup } from './register-cleanup.ts';
import { scratchPath } from './scratch-path.ts';
import { refreshManifests } from './write-manifest.ts';

/**
 * Writes next to the target, then renames over it: a failure at any point, or a stop signal,
 * leaves the earlier file byte-identical and no partial file behind. Into one of our output folders
 * (dist/), it waits for a command that is replacing that folder (see withOutputLock), and the
 * folder's manifest.json is written again afterwards.
 */
export async function writeAtomically(target: string, data: Uint8Array | string): Promise<void> {
  const directory = path.dirname(path.resolve(target));
  const locked = (await isOutputFolder(directory)) ? [directory] : [];
  await withOutputLock(locked, () => writeNow(target, directory, data), {
    onWait: (pid) => tellWaiting(directory, pid),
  });
}

async function writeNow(target: string, directory: string, data: Uint8Array | string): Promise<void> {
  const scratch = scratchPath(target);
  const removeScratch = (): Promise<void> => rm(scratch, { force: true }).catch(() => undefined);
  const unregister = registerCleanup(removeScratch);
  try {
    await mkdir(directory, { recursive: true });
    await writeFile(scratch, data);
    await rename(scratch, target);
    await refreshManifests(directory);
  } catch (error) {
    // The scratch file may not exist, or its folder may not be a folder: the first error is the one to report.
    await removeScratch();
    throw new DeckError('cantWrite', baseMessage('cantWrite', { target, ...writeFailure(error) }), { cause: error });
  } finally {
    unregister();
  }
}
