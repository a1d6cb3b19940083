import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../../src/base/errors.ts';
import { runCli } from './support/processes.ts';

/**
 * Every command-line entry point: the package's scripts, as npm runs them. The user's commands run
 * compiled (`node bin/deck.mjs NAME` runs src/cli/NAME.ts); the developer's scripts under tsx.
 */
async function commands(): Promise<{ name: string; file: string }[]> {
  const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
  const entryPoint = (line: string): string => {
    const compiled = /^node bin\/deck\.mjs ([a-z][\w-]*)$/.exec(line)?.[1];
    return compiled ? `src/cli/${compiled}.ts` : (/^node --import tsx (\S+\.ts)$/.exec(line)?.[1] ?? '');
  };
  return Object.entries(scripts)
    .map(([name, line]) => ({ name, file: entryPoint(line) }))
    .filter((command) => command.file !== '');
}

const stackTrace = /^\s+at .+[:(]\d+/m;

function runLauncher(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/deck.mjs', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('every command', () => {
  it('covers every entry point in src/cli and scripts/, each run as one process', async () => {
    const files = (await commands()).map((command) => command.file).sort();
    const entryPoints = [
      ...(await readdir('src/cli')).map((name) => `src/cli/${name}`),
      // scripts/ holds commands; their helpers live in its subfolders (and check-pptx-rendering.ts, shared with a test).
      ...(await readdir('scripts', { withFileTypes: true }))
        .filter((entry) => entry.isFile() && entry.name !== 'check-pptx-rendering.ts')
        .map((entry) => `scripts/${entry.name}`),
    ].sort();
    expect(files).toEqual(entryPoints);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      expect(text, file).toContain('parseCliOptions(');
      expect(text, file).toContain('await runCli(');
    }
  });

  it('explains itself with --help, on stdout, exit 0', async () => {
    const list = await commands();
    const results = await Promise.all(list.map(({ file }) => runCli(file, ['--help'])));
    for (const [index, { name }] of list.entries()) {
      const result = results[index];
      expect(result?.code, `${name}: ${result?.stderr}`).toBe(0);
      expect(result?.stdout, name).toMatch(/^(Cách dùng|Usage): /);
      expect(result?.stdout, name).toContain('--help');
    }
  }, 120_000);

  it('makes an unknown option a usage error: exit 64, the usage, no stack trace', async () => {
    // Every command runs the same parser under runCli (checked above); two of them, end to end.
    for (const file of ['src/cli/build.ts', 'scripts/bench.ts']) {
      const result = await runCli(file, ['--colour']);
      expect(result.code, `${file}: ${result.stderr}`).toBe(ExitCode.usage);
      expect(result.stderr, file).toMatch(/^Lỗi: không có tùy chọn --colour|^Lỗi: --colour|Unknown option '--colour'/);
      expect(result.stderr, file).toMatch(/Cách dùng: |Usage: /);
      expect(result.stderr, file).not.toMatch(stackTrace);
    }
  });

  it('checks --timeout against Node’s timer limit before any work (the ranges: tests/unit/base/parse-cli-options.test.ts)', async () => {
    const timeout = await runCli('src/cli/pdf.ts', ['--no-build', '--timeout', '99999999999']);
    expect(timeout.code).toBe(ExitCode.usage);
    expect(timeout.stderr).toMatch(/^Lỗi: --timeout phải là một số nguyên từ 1 đến 2147483647 \(mili giây\), không phải «99999999999»/);
    expect(timeout.stderr).not.toMatch(/TimeoutOverflowWarning/);
  });

  it('refuses an empty file or folder option, which would name the project folder, with 64 before any work', async () => {
    const cases = [
      ['src/cli/build.ts', ['--out', '']],
      ['src/cli/build.ts', ['--slides', ' ']],
      ['src/cli/pdf.ts', ['--no-build', '--dist', '']],
      ['src/cli/pdf.ts', ['--no-build', '--out', '']],
      ['src/cli/png.ts', ['--out', '']],
      ['src/cli/pptx.ts', ['--out', '']],
      ['src/cli/release.ts', ['--out', '']],
      ['src/cli/size.ts', ['--dist', '']],
    ] as const;
    const results = await Promise.all(cases.map(([file, args]) => runCli(file, args)));
    for (const [index, [file, args]] of cases.entries()) {
      const result = results[index];
      expect(result?.code, `${file} ${args.join(' ')}: ${result?.stderr}`).toBe(ExitCode.usage);
      expect(result?.stderr).toMatch(new RegExp(`^Lỗi: ${args.at(-2)} phải ghi tên một tệp hoặc thư mục, không phải «${args.at(-1)}»\n`));
    }
  });

  it('ends quietly when its reader stops early: npm run pdf -- --help | true', async () => {
    // `true` exits without reading: the help text meets a closed pipe (EPIPE).
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const shell = spawn('sh', ['-c', `"${process.execPath}" bin/deck.mjs pdf --help | true; echo "node exit $?" >&2`], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      shell.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      shell.on('error', reject);
      shell.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.stderr).not.toMatch(stackTrace);
  });
});

describe('the compiled commands (bin/deck.mjs)', () => {
  it('run a command compiled once into node_modules/.cache, with its exit code', async () => {
    const help = await runLauncher(['pptx', '--help']);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^Cách dùng: npm run pptx/);
    const compiled = await readdir('node_modules/.cache/deck-cli', { withFileTypes: true });
    expect(compiled.some((entry) => entry.isDirectory() && !entry.name.includes('.tmp-'))).toBe(true);
    const usage = await runLauncher(['pptx', '--colour']);
    expect(usage.code).toBe(ExitCode.usage);
    expect(usage.stderr).not.toMatch(stackTrace);
  });

  it('refuse a command that does not exist, in one line', async () => {
    const result = await runLauncher(['no-such-command']);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr.trim().split('\n')).toEqual(['Lỗi: không có lệnh «no-such-command» (các lệnh là các tệp trong src/cli/)']);
  });
});

describe('npm run bench', () => {
  it('reads its options with the shared parser: --runs 1 --only pdf is accepted, and documented', async () => {
    const help = await runCli('scripts/bench.ts', ['--runs', '1', '--only', 'pdf', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: npm run bench [-- --runs N] [--only ROWS]');
    const readme = await readFile(path.resolve('README.md'), 'utf8');
    expect(readme).not.toContain('-- --runs N] [-- --no-build]');
  });

  it('refuses a row it does not have, naming the rows', async () => {
    const result = await runCli('scripts/bench.ts', ['--only', 'pdf,speed']);
    expect(result.code).toBe(ExitCode.usage);
    expect(result.stderr).toMatch(/^Lỗi: --only: no row named speed \(the rows: sizes, build, pdf/);
  });
});

/** Every `npm run NAME -- --option …` written in the README and the guides, with the options it names. */
async function documentedCommands(): Promise<Map<string, Set<string>>> {
  const guides = ['README.md', ...(await readdir('docs')).filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];
  const found = new Map<string, Set<string>>();
  for (const guide of guides) {
    for (const match of (await readFile(guide, 'utf8')).matchAll(/npm run ([a-z][\w:-]*)(?: -- ([^`|#\n]*))?/g)) {
      const [, name = '', rest = ''] = match;
      const options = found.get(name) ?? new Set<string>();
      for (const option of rest.match(/--[a-z][\w-]*/g) ?? []) options.add(option);
      found.set(name, options);
    }
  }
  return found;
}

describe('the commands the README and the guides write', () => {
  it('are scripts of the package, and each option they give is one the command lists in its help', async () => {
    const { scripts } = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> };
    const documented = await documentedCommands();
    const entryPoints = new Map((await commands()).map((command) => [command.name, command.file]));
    expect(documented.size).toBeGreaterThan(5);
    expect([...documented.keys()].filter((name) => !Object.hasOwn(scripts, name))).toEqual([]);
    const withOptions = [...documented].filter(([, options]) => options.size > 0);
    expect(withOptions.length).toBeGreaterThan(3);
    for (const [name, options] of withOptions) {
      const file = entryPoints.get(name);
      expect(file, `npm run ${name} takes options`).toBeDefined();
      const help = await runCli(file ?? '', ['--help']);
      expect(help.code, name).toBe(0);
      for (const option of options) expect(help.stdout, `npm run ${name} -- ${option}`).toContain(option);
    }
  });
});
