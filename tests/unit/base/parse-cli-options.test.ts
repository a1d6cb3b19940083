import { describe, expect, it, vi } from 'vitest';
import { ExitCode } from '../../../src/base/errors.ts';
import { maxTimerMs, parseCliOptions, parseIntegerOption } from '../../../src/base/parse-cli-options.ts';

const usage = 'Usage: npm run x [-- --runs N]';
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
      expect(write).toHaveBeenCalledWith(`${usage}\n`);
    } finally {
      write.mockRestore();
    }
  });

  it.each([
    [['--colour'], /Unknown option '--colour'/],
    [['--runs'], /--runs/],
    // What `npm run bench:pdf -- --runs 1 -- --no-build` passes: the second "--" ends the options.
    [['--runs', '1', '--', '--no-build'], /Unexpected argument '--no-build'/],
    [['stray'], /Unexpected argument 'stray'/],
  ])('makes %j a usage error (exit 64) that shows the usage', (args, message) => {
    let error: unknown;
    try {
      parseCliOptions(options, usage, args);
    } catch (failure) {
      error = failure;
    }
    expect(error).toMatchObject({ exitCode: ExitCode.usage });
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain(usage);
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
    expect(() => timeout(text)).toThrow(
      expect.objectContaining({
        exitCode: ExitCode.usage,
        message: expect.stringContaining(`--timeout must be a whole number of milliseconds from 1 to 2147483647, got "${text}"`),
      }),
    );
  });
});
