import { rename, rm } from 'node:fs/promises';

/**
 * Puts a finished directory in place of the old one with renames, so readers see either
 * the old build or the new one, never half of one.
 */
export async function replaceDirectory(finished: string, target: string): Promise<void> {
  const retired = `${target}.old-${process.pid}`;
  let hadTarget = true;
  try {
    await rename(target, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadTarget = false;
  }
  try {
    await rename(finished, target);
  } catch (error) {
    if (hadTarget) await rename(retired, target);
    throw error;
  }
  if (hadTarget) await rm(retired, { recursive: true, force: true });
}
