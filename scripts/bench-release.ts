/**
 * `npm run bench:release [-- --runs N] [-- --slides DIR]`: the wall time of `npm run release` against
 * the sum of the separate commands that make the same files (build, the presentation PDF, the three
 * handouts, the PowerPoint file, the slide images), each run as its own command as a person would,
 * measured in the same run, alternating the order each round, with the machine's load average.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseCliOptions, parseIntegerOption } from '../src/base/parse-cli-options.ts';
import { runCli } from '../src/base/run-cli.ts';

const usage = `Usage: npm run bench:release [-- --runs N] [--slides DIR]

Times npm run release against the sum of the separate commands that make the same files, in
alternating order, and prints the medians, their ratio and the load average.
  --runs N      rounds (default: 3)
  --slides DIR  content directory (default: slides)
  --help        show this help`;

await runCli(async () => {
  const values = parseCliOptions(
    { runs: { type: 'string', default: '3' }, slides: { type: 'string', default: 'slides' }, help: { type: 'boolean', default: false } },
    usage,
  );
  if (!values) return;
  const runs = parseIntegerOption('runs', values.runs, { min: 1, max: 100 }, usage);
  const slidesDir = values.slides;
  const tsx = [process.execPath, '--import', 'tsx'];

  function separateCommands(dist: string): string[][] {
    const slides = ['--slides', slidesDir];
    return [
      [...tsx, 'src/cli/build.ts', ...slides, '--out', dist],
      [...tsx, 'src/cli/pdf.ts', '--no-build', '--dist', dist],
      ...['1', '3', '6'].map((perPage) => [...tsx, 'src/cli/pdf.ts', '--no-build', '--dist', dist, '--handout', '--per-page', perPage]),
      [...tsx, 'src/cli/pptx.ts', ...slides, '--out', path.join(dist, 'deck.pptx')],
      [...tsx, 'src/cli/png.ts', '--dist', dist],
    ];
  }

  function time(command: readonly string[]): Promise<number> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const child = spawn(command[0] ?? '', command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1' } });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => {
        errors += chunk.toString();
      });
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`${command.join(' ')} failed:\n${errors}`)),
      );
    });
  }

  const median = (list: number[]): number => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  const load = (): string =>
    loadavg()
      .map((value) => value.toFixed(2))
      .join(' ');

  const work = await mkdtemp(path.join(tmpdir(), 'bench-release-'));
  const release: number[] = [];
  const separate: number[] = [];
  try {
    process.stdout.write(`load average before: ${load()}\n`);
    for (let round = 0; round < runs; round++) {
      const doRelease = async (): Promise<void> => {
        release.push(await time([...tsx, 'src/cli/release.ts', '--slides', slidesDir, '--out', path.join(work, `release-${round}`)]));
      };
      const doSeparate = async (): Promise<void> => {
        let sum = 0;
        for (const command of separateCommands(path.join(work, `separate-${round}`))) sum += await time(command);
        separate.push(sum);
      };
      if (round % 2 === 0) {
        await doRelease();
        await doSeparate();
      } else {
        await doSeparate();
        await doRelease();
      }
      process.stdout.write(
        `round ${round + 1}: release ${release.at(-1)?.toFixed(1)} s, separate commands ${separate.at(-1)?.toFixed(1)} s (load ${load()})\n`,
      );
    }
    const ratio = median(release) / median(separate);
    process.stdout.write(
      `median of ${runs}: npm run release ${median(release).toFixed(1)} s, sum of the 7 separate commands ${median(separate).toFixed(1)} s: ${ratio.toFixed(2)}× (load average after: ${load()})\n`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
