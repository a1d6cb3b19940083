import { lstat } from 'node:fs/promises';

/** Whether anything (a file, a folder, a link, even a broken one) stands at `file`. */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
