import { describe, expect, it } from 'vitest';
import { baseMessage, plainText } from '../../../src/base/base-messages.ts';
import { asWriteError, writeErrorCode } from '../../../src/base/describe-write-error.ts';
import { DeckError, ExitCode } from '../../../src/base/errors.ts';
import { errorText, say } from '../../helpers/problem-text.ts';

function errno(code: string, message = `${code}: something, write '/x'`): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

const inWords = (error: unknown): string | undefined => {
  const reason = writeErrorCode(error);
  return reason && say(baseMessage('writeReason', { reason }));
};

describe('a failed write, in words', () => {
  it('says the disk is full for ENOSPC, as Node reports it and as the bundler wraps it', () => {
    expect(inWords(errno('ENOSPC'))).toBe('ổ đĩa đã đầy: hãy xóa bớt tệp rồi thử lại');
    expect(inWords(new Error('build failed', { cause: errno('ENOSPC') }))).toMatch(/^ổ đĩa đã đầy/);
    // Rolldown, in Rust, words it as the operating system does.
    const rolldown = new Error(
      '[UNHANDLEABLE_ERROR] Failed to write file in dist/x.woff2\n\nCaused by:\n    No space left on device (os error 28)',
    );
    expect(inWords(rolldown)).toMatch(/^ổ đĩa đã đầy/);
  });

  it('names the other failures of a disk or a path', () => {
    expect(inWords(errno('EROFS'))).toBe('ổ đĩa chỉ cho đọc, không cho ghi');
    expect(inWords(errno('EACCES'))).toBe('không có quyền ghi vào đây');
    expect(inWords(errno('EDQUOT'))).toMatch(/dung lượng/);
    expect(inWords(errno('ENOTDIR'))).toBe('một phần của đường dẫn là tệp, không phải thư mục');
    expect(inWords(new Error('Read-only file system (os error 30)'))).toBe('ổ đĩa chỉ cho đọc, không cho ghi');
    expect(inWords(new TypeError('x is undefined'))).toBeUndefined();
  });

  it('is the one-line error with exit 73, and leaves other errors alone', () => {
    const error = asWriteError(errno('ENOSPC'), 'dist');
    expect(error).toBeInstanceOf(DeckError);
    expect(error?.exitCode).toBe(ExitCode.cantWrite);
    expect(errorText(error)).toBe('không ghi được dist: ổ đĩa đã đầy: hãy xóa bớt tệp rồi thử lại');
    expect(asWriteError(new TypeError('x is undefined'), 'dist')).toBeUndefined();
    const content = new DeckError('content', plainText('bad slide'));
    expect(asWriteError(content, 'dist')).toBe(content);
  });
});
