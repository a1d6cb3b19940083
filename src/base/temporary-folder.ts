import { statfsSync } from 'node:fs';
import { baseMessage } from './base-messages.ts';
import { writeFailure } from './describe-write-error.ts';
import { DeckError } from './errors.ts';

/**
 * The system's temporary folder (TMPDIR) as the browser uses it: its profile and the PDF it prints
 * are written there. A fault in it is the user's to fix, so it is one line naming the folder and
 * what to do (exit 73), never a stack trace.
 */

/** Room the browser needs in the temporary folder: its profile, caches and the printed PDF. */
export const browserTemporarySpace = 20 * 1024 * 1024;

/** A failure to create or write in the temporary folder, as the one-line error the tools show. */
export function temporaryFolderError(error: unknown, dir: string): DeckError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const failure = code === 'ENOENT' ? { reason: 'ENOENT' as const } : writeFailure(error);
  return new DeckError('cantWrite', baseMessage('temporaryFolder', { dir, ...failure }), { cause: error });
}

/** Bytes free for this user in the folder's file system, or undefined when it cannot be told. */
export function freeSpace(dir: string): number | undefined {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return undefined;
  }
}

/** Refuses, before the browser starts, a temporary folder with less room than it needs. */
export function checkTemporarySpace(dir: string, needed = browserTemporarySpace): void {
  const free = freeSpace(dir);
  if (free === undefined || free >= needed) return;
  throw new DeckError('cantWrite', baseMessage('temporaryFolderFull', { dir, freeBytes: free, neededBytes: needed }));
}

/**
 * A browser's failure to hand over what it wrote in the temporary folder (puppeteer's "Protocol
 * error (IO.read): Read failed" when the disk filled up while printing), as that folder's fault;
 * undefined when the folder still has room, so the error is something else.
 */
export function asTemporaryFolderFault(error: unknown, dir: string): DeckError | undefined {
  if (!(error instanceof Error) || error.name !== 'ProtocolError') return undefined;
  const free = freeSpace(dir);
  if (free === undefined || free >= browserTemporarySpace) return undefined;
  return new DeckError('cantWrite', baseMessage('temporaryFolderFilled', { dir }), { cause: error });
}
