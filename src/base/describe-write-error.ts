import { baseMessage, type WriteReason } from './base-messages.ts';
import { DeckError } from './errors.ts';

/** The failures a full, read-only or forbidden disk gives, which the Locale words (BaseMessages.writeReason). */
const reasons: readonly WriteReason[] = [
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EACCES',
  'EPERM',
  'ENOTDIR',
  'EISDIR',
  'EEXIST',
  'ENAMETOOLONG',
  'EMFILE',
  'EIO',
];

const isReason = (code: string): code is WriteReason => (reasons as readonly string[]).includes(code);

/** The same failures as native code (such as the bundler's) words them: "No space left on device (os error 28)". */
const osMessages: [RegExp, WriteReason][] = [
  [/no space left on device/i, 'ENOSPC'],
  [/disk quota exceeded/i, 'EDQUOT'],
  [/read-only file system/i, 'EROFS'],
  [/permission denied/i, 'EACCES'],
  [/operation not permitted/i, 'EPERM'],
  [/not a directory/i, 'ENOTDIR'],
  [/input\/output error/i, 'EIO'],
];

/** The errno code of a failed file operation, looking through wrappers (a bundler may wrap it in its own error). */
export function writeErrorCode(error: unknown): WriteReason | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    if (code && isReason(code)) return code;
    const named = /\b(E[A-Z]{3,})\b/.exec(current.message)?.[1];
    if (named && isReason(named)) return named;
    const worded = osMessages.find(([pattern]) => pattern.test(current instanceof Error ? current.message : ''));
    if (worded) return worded[1];
  }
  return undefined;
}

/** The reason a write failed, or the system's first line when it is not a known file-system failure. */
export function writeFailure(error: unknown): { reason?: WriteReason; detail?: string } {
  const reason = writeErrorCode(error);
  if (reason) return { reason };
  return { detail: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
}

/** A failed write as the one-line error the tools show (exit 73), or undefined when the error is something else. */
export function asWriteError(error: unknown, target: string): DeckError | undefined {
  if (error instanceof DeckError) return error;
  const reason = writeErrorCode(error);
  return reason ? new DeckError('cantWrite', baseMessage('cantWrite', { target, reason }), { cause: error }) : undefined;
}
