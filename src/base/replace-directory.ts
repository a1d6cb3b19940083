import { rename, rm } from 'node:fs/promises';
import { type ClaimOutputDirectoryOptions, claimOutputDirectory } from './claim-output.ts';
import { asWriteError } from './describe-write-error.ts';
import { scratchPath } from './scratch-path.ts';

/**
 * Puts a finished directory in place of the old one with renames, so readers see either the old
 * output or the new one, never half of one. The old one is checked again first (see
 * claimOutputDirectory): only an empty folder or an output of the same kind is ever replaced.
 */
export async function replaceDirectory(finished: string, target: string, options: ClaimOutputDirectoryOptions): Promise<void> {
  const resolved = await claimOutputDirectory(target, options);
  const retired = scratchPath(resolved, 'old');
  let hadTarget = true;
  try {
    await rename(resolved, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw asWriteError(error, target) ?? error;
    hadTarget = false;
  }
  try {
    await rename(finished, resolved);
  } catch (error) {
    if (hadTarget) await rename(retired, resolved);
    throw asWriteError(error, target) ?? error;
  }
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}
