import { DeckError } from './errors.ts';

/** What went wrong, in words, for the errors a full, read-only or forbidden disk gives. */
const reasons: Record<string, string> = {
  ENOSPC: 'the disk is full: free some space and try again',
  EDQUOT: 'the disk quota is used up: free some space and try again',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'something else is already there',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/** The same failures as native code (such as the bundler's) words them: "No space left on device (os error 28)". */
const osMessages: [RegExp, string][] = [
  [/no space left on device/i, 'ENOSPC'],
  [/disk quota exceeded/i, 'EDQUOT'],
  [/read-only file system/i, 'EROFS'],
  [/permission denied/i, 'EACCES'],
  [/operation not permitted/i, 'EPERM'],
  [/not a directory/i, 'ENOTDIR'],
  [/input\/output error/i, 'EIO'],
];

/** The errno code of a failed file operation, looking through wrappers (a bundler may wrap it in its own error). */
export function writeErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code && code in reasons) return code;
    const named = /\b(E[A-Z]{3,})\b/.exec(current.message)?.[1];
    if (named && named in reasons) return named;
    const worded = osMessages.find(([pattern]) => pattern.test(current instanceof Error ? current.message : ''));
    if (worded) return worded[1];
  }
  return undefined;
}

/** The reason a write failed, in words, or undefined when it is not a file-system failure. */
export function describeWriteError(error: unknown): string | undefined {
  const code = writeErrorCode(error);
  return code ? reasons[code] : undefined;
}

/** A failed write as the one-line error the tools show (exit 73), or undefined when the error is something else. */
export function asWriteError(error: unknown, target: string): DeckError | undefined {
  if (error instanceof DeckError) return error;
  const reason = describeWriteError(error);
  return reason ? new DeckError('cantWrite', `could not write ${target}: ${reason}`, { cause: error }) : undefined;
}
