import { describe, expect, it, vi } from 'vitest';
import { plainText } from '../../../src/base/base-messages.ts';
import { ExitCode } from '../../../src/base/errors.ts';
import {
  maxTimerMs,
  parseCliOptions,
  parseHostOption,
  parseIntegerOption,
  parsePathOption,
  parsePortOption,
} from '../../../src/base/parse-cli-options.ts';
import { errorText, say } from '../../helpers/problem-text.ts';

const usage = plainText('Cách dùng: npm run x [-- --runs N]');
const options = {
  runs: { type: 'string', default: '5' },
  'no-build': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

describe('parseCliOptions', () => {
  it('reads the options', () => {
    expect(parseCliOptions(options, usage, ['--runs', '1', '--no-build'])).toEqual({ runs: '1', 'no-build': true, help: false });
  });

  it('prints the usage for --help and returns nothing', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(parseCliOptions(options, usage, ['--help'])).toBeUndefined();
      expect(write).toHaveBeenCalledWith(`${say(usage)}\n`);
    } finally {
      write.mockRestore();
    }
  });

  it.each([
    [['--colour'], /^không có tùy chọn --colour/],
    [['--runs'], /^tùy chọn --runs cần một giá trị/],
    [['--no-build=1'], /^tùy chọn --no-build không nhận giá trị/],
    // What `npm run bench:pdf -- --runs 1 -- --no-build` passes: the second "--" ends the options.
    [['--runs', '1', '--', '--no-build'], /^không hiểu «--no-build»/],
    [['stray'], /^không hiểu «stray»/],
  ])('makes %j a usage error (exit 64) that shows the usage', (args, message) => {
    let error: unknown;
    try {
      parseCliOptions(options, usage, args);
    } catch (failure) {
      error = failure;
    }
    expect(error).toMatchObject({ exitCode: ExitCode.usage });
    expect(errorText(error)).toMatch(message);
    expect(errorText(error)).toContain(say(usage));
  });
});

describe('parseIntegerOption', () => {
  const timeout = (text: string) => parseIntegerOption('timeout', text, { min: 1, max: maxTimerMs, unit: 'milliseconds' }, usage);

  it('accepts whole numbers in range, up to the longest timer Node allows', () => {
    expect(timeout('1')).toBe(1);
    expect(timeout('60000')).toBe(60_000);
    expect(timeout(String(maxTimerMs))).toBe(2_147_483_647);
  });

  it.each(['0', '-5', '1.5', '99999999999', 'soon', '', '1e3', 'Infinity'])('refuses --timeout %j with exit 64 and the range', (text) => {
    let error: unknown;
    try {
      timeout(text);
    } catch (failure) {
      error = failure;
    }
    expect(error).toMatchObject({ exitCode: ExitCode.usage });
    expect(errorText(error)).toContain(`--timeout phải là một số nguyên từ 1 đến 2147483647 (mili giây), không phải «${text}»`);
  });
});

describe('parsePortOption, parseHostOption and parsePathOption', () => {
  it('take a port in digits from 0 to 65535, and refuse "1e3", an empty one, a sign or one too big with 64', () => {
    expect(parsePortOption('port', '4300', usage)).toBe(4300);
    expect(parsePortOption('port', '0', usage)).toBe(0);
    expect(parsePortOption('port', '65535', usage)).toBe(65_535);
    for (const bad of ['1e3', '', ' ', '-1', '+80', '65536', '0x10', '80.0', '4300 ', 'http']) {
      expect(() => parsePortOption('port', bad, usage), JSON.stringify(bad)).toThrow(expect.objectContaining({ exitCode: ExitCode.usage }));
      expect(errorOf(() => parsePortOption('port', bad, usage))).toContain(`--port phải là số cổng từ 0 đến 65535`);
    }
  });

  it('take an IP address or a host name, and refuse an empty or a malformed one', () => {
    for (const good of ['0.0.0.0', '127.0.0.1', '::', '::1', 'localhost', 'my-laptop.local'])
      expect(parseHostOption('host', good, usage)).toBe(good);
    for (const bad of ['', ' ', 'a b', 'http://x', 'x:1', '-x', 'x..y']) {
      expect(() => parseHostOption('host', bad, usage), JSON.stringify(bad)).toThrow(expect.objectContaining({ exitCode: ExitCode.usage }));
    }
  });

  it('take a path, and refuse an empty one (which would mean the project folder)', () => {
    expect(parsePathOption('out', 'dist', usage)).toBe('dist');
    expect(parsePathOption('out', 'Tài liệu/họp 2016', usage)).toBe('Tài liệu/họp 2016');
    for (const bad of ['', '  ', 'a\0b']) {
      expect(() => parsePathOption('out', bad, usage), JSON.stringify(bad)).toThrow(expect.objectContaining({ exitCode: ExitCode.usage }));
      expect(errorOf(() => parsePathOption('out', bad, usage))).toContain('--out phải ghi tên một tệp hoặc thư mục');
    }
  });
});

function errorOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    return errorText(error);
  }
  return '';
}
