import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scratchNamePattern } from '../../../src/base/scratch-path.ts';
import { eventually, listProcesses } from './processes.ts';

/**
 * The end-to-end run as a whole leaves nothing behind. Set-up gives the run its own temporary
 * folder (TMPDIR, inherited by every test, command and browser) and a marker in the environment;
 * tear-down fails the run if any browser with that marker still runs, if anything but tsx's cache
 * is left in that folder (browser profiles, `org.chromium.Chromium.*`), or if a scratch folder
 * (`.dist-tmp-*`, `.png-tmp-*`…) is left in the project.
 */
export default function setup(): () => Promise<void> {
  const marker = `DECK_E2E_RUN=${process.pid}-${Date.now()}`;
  const runTmp = mkdtempSync(path.join(tmpdir(), 'deck-e2e-'));
  // tsx keeps its compile cache in the temporary folder: share the usual one, so commands start warm.
  const tsxCache = `tsx-${process.geteuid?.() ?? 'user'}`;
  mkdirSync(path.join(tmpdir(), tsxCache), { recursive: true });
  symlinkSync(path.join(tmpdir(), tsxCache), path.join(runTmp, tsxCache));
  process.env.DECK_E2E_RUN = marker.split('=')[1];
  process.env.TMPDIR = runTmp;

  return async function teardown(): Promise<void> {
    const browsers = () =>
      listProcesses().filter((info) => info.environment.split('\0').includes(marker) && /chrom|headless_shell/i.test(info.command));
    await eventually(() => browsers().length === 0, 15_000);
    const problems = [
      ...browsers().map((info) => `a browser still runs: ${info.pid} ${info.command.slice(0, 160)}`),
      ...readdirSync(runTmp)
        .filter((name) => !name.startsWith('tsx-'))
        .map((name) => `left in the temporary folder: ${name}`),
      ...[...scratchIn('.'), ...scratchIn('dist', true), ...scratchIn('tests/artifacts', true)].map(
        (file) => `scratch left behind: ${file}`,
      ),
    ];
    rmSync(runTmp, { recursive: true, force: true, maxRetries: 3 });
    if (problems.length === 0) return;
    // Vitest reports an error thrown here but would still exit 0.
    process.exitCode = 1;
    throw new Error(`the end-to-end run left things behind:\n  ${problems.join('\n  ')}`);
  };
}

function scratchIn(dir: string, recursive = false): string[] {
  try {
    return readdirSync(dir, { recursive, encoding: 'utf8' })
      .filter((file) => scratchNamePattern.test(path.basename(file)))
      .map((file) => path.join(dir, file));
  } catch {
    return [];
  }
}
