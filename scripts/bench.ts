/**
 * `npm run bench`: every speed and size goal of the deck as a ratio against a baseline measured
 * in the same run, interleaved (the order alternates each round), with medians, ranges and the
 * machine's load average. Not a test: it prints figures and never fails on them.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeckError } from '../src/base/errors.ts';
import { parseCliOptions, parseIntegerOption } from '../src/base/parse-cli-options.ts';
import { runCli } from '../src/base/run-cli.ts';
import { launchBrowser } from '../src/browser/chromium.ts';
import { findBrowser } from '../src/browser/find-browser.ts';
import { serveDist } from '../src/browser/serve-dist.ts';
import { buildBlankDeck } from './support/bench/blank-deck.ts';
import { loadAverage, type Summary, summarise, timeCommand } from './support/bench/measure.ts';
import { timeToReady } from './support/bench/time-to-ready.ts';

const usage = `Usage: npm run bench [-- --runs N] [--only ROWS] [--with-tests]

Measures every goal of the deck against a baseline built and run in the same session, alternating
the order each round, and prints medians, ranges, ratios and the load average.
  --runs N      rounds per measure (default 5)
  --only ROWS   comma-separated rows: pdf, build, screen, print, png, tests (default: all but tests)
  --with-tests  also time the whole npm test (about 3 minutes), once
  --help        show this help`;

const rowNames = ['pdf', 'build', 'screen', 'print', 'png', 'tests'] as const;
type RowName = (typeof rowNames)[number];

interface Row {
  measure: string;
  ours: Summary;
  baseline: Summary;
  unit: string;
  goal: string;
  ratio: number;
  met: boolean;
}

await runCli(async () => {
  const values = parseCliOptions(
    {
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      'with-tests': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const runs = parseIntegerOption('runs', values.runs, { min: 1, max: 100 }, usage);
  const asked = values.only?.split(',').map((name) => name.trim());
  const unknown = asked?.filter((name) => !(rowNames as readonly string[]).includes(name)) ?? [];
  if (unknown.length > 0)
    throw new DeckError('usage', `--only: no row named ${unknown.join(', ')} (the rows: ${rowNames.join(', ')})\n${usage}`);
  const wanted = new Set<RowName>(asked ? (asked as RowName[]) : rowNames.filter((name) => name !== 'tests' || values['with-tests']));
  // Outside the project: the commands measured refuse to write into node_modules.
  const work = await mkdtemp(path.join(tmpdir(), `deck-bench-${process.pid}-`));
  const rows: Row[] = [];
  const loads: string[] = [await loadAverage()];
  const log = (message: string): void => {
    process.stderr.write(`${message}\n`);
  };
  try {
    const scripts = (JSON.parse(await readFile('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const npmScript = (name: string, ...args: string[]): string[] => ['sh', '-c', `${scripts[name]} "$@"`, name, ...args];
    const env = { PATH: `${path.resolve('node_modules/.bin')}:${process.env.PATH ?? ''}` };
    const distDir = path.join(work, 'dist');

    log('building the deck once for the export and first-screen measures');
    await timeCommand(npmScript('build', '--out', distDir), { env });

    if (wanted.has('build')) {
      const ours: number[] = [];
      const plain: number[] = [];
      for (let round = 0; round < runs; round++) {
        const steps = [
          async () => ours.push((await timeCommand(npmScript('build', '--out', path.join(work, 'build-ours')), { env })).wall),
          async () =>
            plain.push(
              (
                await timeCommand(['vite', 'build', '--outDir', path.join(work, 'build-plain'), '--emptyOutDir', '--logLevel', 'silent'], {
                  env,
                })
              ).wall,
            ),
        ];
        for (const step of round % 2 ? steps.reverse() : steps) await step();
        log(`build round ${round + 1}/${runs}: ours ${ours.at(-1)?.toFixed(2)} s, plain vite build ${plain.at(-1)?.toFixed(2)} s`);
      }
      rows.push(row('`npm run build` wall time', ours, plain, 's', 'plain `vite build` of the same site', 2));
    }

    if (wanted.has('pdf')) {
      const chromium = findBrowser();
      const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
      const server = await serveDist({ distDir });
      const oursWall: number[] = [];
      const oursCpu: number[] = [];
      const bareWall: number[] = [];
      const bareCpu: number[] = [];
      try {
        for (let round = 0; round < runs; round++) {
          const steps = [
            async () => {
              const timing = await timeCommand(npmScript('pdf', '--no-build', '--dist', distDir, '--out', path.join(work, 'ours.pdf')), {
                env,
              });
              oursWall.push(timing.wall);
              oursCpu.push(timing.cpu);
            },
            async () => {
              const timing = await timeCommand([
                chromium,
                '--headless',
                ...asRoot,
                '--disable-gpu',
                '--no-pdf-header-footer',
                `--print-to-pdf=${path.join(work, 'bare.pdf')}`,
                '--virtual-time-budget=15000',
                '--run-all-compositor-stages-before-draw',
                `${server.url}?print-pdf`,
              ]);
              bareWall.push(timing.wall);
              bareCpu.push(timing.cpu);
            },
          ];
          for (const step of round % 2 ? steps.reverse() : steps) await step();
          log(
            `pdf round ${round + 1}/${runs}: ours ${oursWall.at(-1)?.toFixed(2)} s (cpu ${oursCpu.at(-1)?.toFixed(2)} s), bare Chromium ${bareWall.at(-1)?.toFixed(2)} s (cpu ${bareCpu.at(-1)?.toFixed(2)} s)`,
          );
        }
      } finally {
        await server.close();
      }
      rows.push(row('`npm run pdf -- --no-build` wall time', oursWall, bareWall, 's', 'bare `chromium --print-to-pdf`', 1.15));
      rows.push(row('`npm run pdf -- --no-build` CPU time', oursCpu, bareCpu, 's', 'bare `chromium --print-to-pdf`', 1.2));
    }

    if (wanted.has('screen') || wanted.has('print')) {
      const slideCount = await countSlides(distDir);
      const blankDir = await buildBlankDeck(work, slideCount);
      const browser = await launchBrowser();
      const ours = await serveDist({ distDir });
      const blank = await serveDist({ distDir: blankDir });
      try {
        const views: { name: RowName; label: string; query?: string; throttling: number }[] = [
          { name: 'screen', label: 'navigation → ready, screen', throttling: 1 },
          { name: 'screen', label: 'navigation → ready, screen, 4× CPU throttling', throttling: 4 },
          { name: 'print', label: 'navigation → ready, print view', query: 'print-pdf', throttling: 1 },
        ];
        for (const view of views.filter((candidate) => wanted.has(candidate.name))) {
          const oursTimes: number[] = [];
          const blankTimes: number[] = [];
          const options = { query: view.query, cpuThrottling: view.throttling };
          // One unmeasured visit each, so the browser's own first-start costs fall on neither.
          await timeToReady(browser, ours.url, options);
          await timeToReady(browser, blank.url, options);
          for (let round = 0; round < runs; round++) {
            const steps = [
              async () => oursTimes.push(await timeToReady(browser, ours.url, options)),
              async () => blankTimes.push(await timeToReady(browser, blank.url, options)),
            ];
            for (const step of round % 2 ? steps.reverse() : steps) await step();
          }
          log(`${view.label}: ours ${summarise(oursTimes).median.toFixed(0)} ms, blank ${summarise(blankTimes).median.toFixed(0)} ms`);
          rows.push(row(view.label, oursTimes, blankTimes, 'ms', `blank reveal.js 6 deck, ${slideCount} slides, same Vite`, 1.5));
        }
      } finally {
        await ours.close();
        await blank.close();
        await browser.close();
      }
    }

    if (wanted.has('png')) {
      // The deck as it is, and repeated until it has at least 160 slides.
      const small = await pngRun(npmScript, env, work, 1);
      const large = await pngRun(npmScript, env, work, Math.ceil(160 / small.slides));
      const memory = row(
        `\`npm run png\` peak memory, ${large.slides} slides`,
        large.rss.map((bytes) => bytes / 2 ** 20),
        small.rss.map((bytes) => bytes / 2 ** 20),
        'MiB',
        `the same at ${small.slides} slides`,
        1.3,
      );
      rows.push(memory);
      const perSlideSmall = summarise(small.wall).median / small.slides;
      const perSlideLarge = summarise(large.wall).median / large.slides;
      log(
        `png: ${small.slides} slides ${summarise(small.wall).median.toFixed(1)} s, ${large.slides} slides ${summarise(large.wall).median.toFixed(1)} s`,
      );
      rows.push({
        measure: `\`npm run png\` time per slide, ${large.slides} slides`,
        ours: summarise(large.wall.map((seconds) => seconds / large.slides)),
        baseline: summarise(small.wall.map((seconds) => seconds / small.slides)),
        unit: 's',
        goal: `linear: per-slide time at ${small.slides} slides`,
        ratio: perSlideLarge / perSlideSmall,
        met: perSlideLarge / perSlideSmall <= 1.3,
      });
    }

    if (wanted.has('tests')) {
      const load = await loadAverage();
      const timing = await timeCommand(['npm', 'test'], { env });
      rows.push({
        measure: `\`npm test\` (load before: ${load})`,
        ours: summarise([timing.wall]),
        baseline: summarise([180]),
        unit: 's',
        goal: '3 minutes',
        ratio: timing.wall / 180,
        met: timing.wall <= 180,
      });
    }
    loads.push(await loadAverage());
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const format = (summary: Summary, unit: string): string => {
    const digits = unit === 'ms' || unit === 'MiB' ? 0 : 2;
    return `${summary.median.toFixed(digits)} ${unit} (${summary.min.toFixed(digits)}–${summary.max.toFixed(digits)})`;
  };
  process.stdout.write(
    [
      `Benchmark, ${runs} interleaved rounds each, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; load average ${loads[0]} at the start, ${loads.at(-1)} at the end:`,
      '',
      '| Measure | Ours: median (range) | Baseline: median (range) | Baseline | Ratio | Goal |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.measure} | ${format(r.ours, r.unit)} | ${format(r.baseline, r.unit)} | ${r.goal} | ${r.ratio.toFixed(2)}× | ${r.met ? 'met' : 'NOT met'} |`,
      ),
      '',
    ].join('\n'),
  );

  function row(measure: string, ours: number[], baseline: number[], unit: string, goal: string, limit: number): Row {
    const ratio = summarise(ours).median / summarise(baseline).median;
    return {
      measure,
      ours: summarise(ours),
      baseline: summarise(baseline),
      unit,
      goal: `${goal}; ≤ ${limit}×`,
      ratio,
      met: ratio <= limit,
    };
  }
});

async function countSlides(distDir: string): Promise<number> {
  const deck = JSON.parse(await readFile(path.join(distDir, 'deck.json'), 'utf8')) as { deck: { sections: { slides: unknown[] }[] } };
  return deck.deck.sections.reduce((sum, section) => sum + section.slides.length, 0);
}

/** Builds slides/ repeated `copies` times and times `npm run png` on it, with the tree's peak memory. */
async function pngRun(
  npmScript: (name: string, ...args: string[]) => string[],
  env: NodeJS.ProcessEnv,
  work: string,
  copies: number,
): Promise<{ slides: number; wall: number[]; rss: number[] }> {
  const slidesDir = path.join(work, `slides-x${copies}`);
  await cp('slides', slidesDir, { recursive: true });
  const index = await readFile(path.join(slidesDir, 'deck.yaml'), 'utf8');
  const sections = [...index.matchAll(/^\s+- (\S+\.md)\s*$/gm)].map((match) => match[1] as string);
  const copiesList: string[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const file of sections) {
      const name = copy === 0 ? file : `${String(copy).padStart(2, '0')}-${file}`;
      if (copy > 0) await cp(path.join(slidesDir, file), path.join(slidesDir, name));
      copiesList.push(name);
    }
  }
  const sectionsBlock = `sections:\n${copiesList.map((file) => `  - ${file}`).join('\n')}\n`;
  await writeFile(path.join(slidesDir, 'deck.yaml'), index.replace(/^sections:\n(?:\s+- .+\n?)+/m, sectionsBlock));
  const distDir = path.join(work, `dist-x${copies}`);
  await timeCommand(npmScript('build', '--slides', slidesDir, '--out', distDir, '--no-og-image'), { env });
  const slides = await countSlides(distDir);
  const wall: number[] = [];
  const rss: number[] = [];
  for (let round = 0; round < 2; round++) {
    const timing = await timeCommand(npmScript('png', '--dist', distDir, '--out', path.join(work, `png-x${copies}`)), {
      env,
      sampleMs: 100,
    });
    wall.push(timing.wall);
    rss.push(timing.peakRss);
  }
  return { slides, wall, rss };
}
