import { describe, expect, it } from 'vitest';
import { asWriteError, describeWriteError } from '../../../src/base/describe-write-error.ts';
import { DeckError, ExitCode } from '../../../src/base/errors.ts';

function errno(code: string, message = `${code}: something, write '/x'`): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

describe('a failed write, in words', () => {
  it('says the disk is full for ENOSPC, as Node reports it and as the bundler wraps it', () => {
    expect(describeWriteError(errno('ENOSPC'))).toBe('the disk is full: free some space and try again');
    expect(describeWriteError(new Error('build failed', { cause: errno('ENOSPC') }))).toMatch(/^the disk is full/);
    // Rolldown, in Rust, words it as the operating system does.
    const rolldown = new Error(
      '[UNHANDLEABLE_ERROR] Failed to write file in dist/x.woff2\n\nCaused by:\n    No space left on device (os error 28)',
    );
    expect(describeWriteError(rolldown)).toMatch(/^the disk is full/);
  });

  it('names the other failures of a disk or a path', () => {
    expect(describeWriteError(errno('EROFS'))).toBe('the file system is read-only');
    expect(describeWriteError(errno('EACCES'))).toBe('permission denied');
    expect(describeWriteError(errno('EDQUOT'))).toMatch(/quota/);
    expect(describeWriteError(errno('ENOTDIR'))).toBe('a part of the path is a file, not a folder');
    expect(describeWriteError(new Error('Read-only file system (os error 30)'))).toBe('the file system is read-only');
  });

  it('is the one-line error with exit 73, and leaves other errors alone', () => {
    const error = asWriteError(errno('ENOSPC'), 'dist');
    expect(error).toBeInstanceOf(DeckError);
    expect(error?.exitCode).toBe(ExitCode.cantWrite);
    expect(error?.message).toBe('could not write dist: the disk is full: free some space and try again');
    expect(asWriteError(new TypeError('x is undefined'), 'dist')).toBeUndefined();
    const content = new DeckError('content', 'bad slide');
    expect(asWriteError(content, 'dist')).toBe(content);
  });
});
