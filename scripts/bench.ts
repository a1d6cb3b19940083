/**
 * `npm run bench`: every speed and size goal of the deck as a ratio against a baseline measured in
 * the same run, interleaved (the order alternates each round), with medians, ranges and the load
 * average; first on an otherwise idle machine, then beside a CPU-heavy job that the benchmark
 * starts itself. Not a test: it prints figures and never fails on them.
 */
import { appendFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plainText } from '../src/base/base-messages.ts';
import { DeckError } from '../src/base/errors.ts';
import { parseCliOptions, parseIntegerOption } from '../src/base/parse-cli-options.ts';
import { createProgress } from '../src/base/progress.ts';
import { runCli } from '../src/base/run-cli.ts';
import { commandLocale } from '../src/model/command-words.ts';
import { type BenchContext, benchEnv, countSlides, npmScriptCommand, npmScripts } from './support/bench/bench-context.ts';
import { buildBlankDeck } from './support/bench/blank-deck.ts';
import { startBusyJob } from './support/bench/busy-job.ts';
import { loadAverage, timeCommand } from './support/bench/measure.ts';
import { measureBuild } from './support/bench/measure-build.ts';
import { measurePages, type PageView } from './support/bench/measure-pages.ts';
import { measurePdf } from './support/bench/measure-pdf.ts';
import { measurePng } from './support/bench/measure-png.ts';
import { measurePresent } from './support/bench/measure-present.ts';
import { measureRelease } from './support/bench/measure-release.ts';
import { measureSizes } from './support/bench/measure-sizes.ts';
import { formatTable, type Row } from './support/bench/row.ts';
import { formatBreakdowns } from './support/bench/trace-visit.ts';

const rowNames = ['sizes', 'build', 'pdf', 'decktape', 'screen', 'print', 'phone', 'png', 'release', 'present', 'tests'] as const;
type RowName = (typeof rowNames)[number];
const conditionNames = ['idle', 'busy'] as const;

/** Where --record appends each run, dated, with its load. */
const benchmarksFile = 'docs/benchmarks.md';

const usage = plainText(`Usage: npm run bench [-- --runs N] [--only ROWS] [--conditions idle,busy] [--with-tests] [--record]

Measures every goal of the deck against a baseline built and run in the same session, alternating
the order each round, and prints medians, ranges, ratios, the goal met or not, and the load average:
first with nothing else of its own running (idle), then beside a CPU-heavy job it starts (busy).
  --runs N             rounds per measure (default 5; release 3)
  --only ROWS          comma-separated: ${rowNames.join(', ')} (default: all but tests)
  --conditions LIST    idle, busy or both (default: idle,busy)
  --taps N             remote taps timed for the present row (default 40)
  --with-tests         also time the whole npm test (about 3 minutes), once, idle
  --record             append the tables to ${benchmarksFile}, dated
  --help               show this help`);

const listOption = <T extends string>(name: string, noun: string, value: string | undefined, allowed: readonly T[]): T[] | undefined => {
  if (value === undefined) return undefined;
  const asked = value.split(',').map((item) => item.trim());
  const unknown = asked.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length > 0 || asked.length === 0)
    throw new DeckError('usage', plainText(`--${name}: no ${noun} named ${unknown.join(', ')} (the ${noun}s: ${allowed.join(', ')})`), {
      usage,
    });
  return asked as T[];
};

// A developer's tool: its own words are English; what it reports from the project's code is the project's.
await runCli(commandLocale().say, async () => {
  const values = parseCliOptions(
    {
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      conditions: { type: 'string' },
      taps: { type: 'string', default: '40' },
      'with-tests': { type: 'boolean', default: false },
      record: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const runs = parseIntegerOption('runs', values.runs, { min: 1, max: 100 }, usage);
  const taps = parseIntegerOption('taps', values.taps, { min: 2, max: 10_000 }, usage);
  const wanted = new Set<RowName>(
    listOption('only', 'row', values.only, rowNames) ?? rowNames.filter((name) => name !== 'tests' || values['with-tests']),
  );
  const conditions = listOption('conditions', 'condition', values.conditions, conditionNames) ?? [...conditionNames];
  const log = (message: string): void => {
    process.stderr.write(`${message}\n`);
  };
  const work = await mkdtemp(path.join(tmpdir(), `deck-bench-${process.pid}-`));
  const sections: string[] = [];
  try {
    const context: BenchContext = {
      work,
      runs,
      distDir: path.join(work, 'dist'),
      npmScript: npmScriptCommand(await npmScripts()),
      env: benchEnv(),
      log,
    };
    log('building the deck once for the exports and the page measures');
    await timeCommand(context.npmScript('build', '--out', context.distDir), { env: context.env });
    const slideCount = await countSlides(context.distDir);
    const pageViews = new Set<PageView>((['screen', 'print', 'phone'] as const).filter((view) => wanted.has(view)));
    const blankDir = pageViews.size > 0 ? await buildBlankDeck(work, slideCount) : '';
    const wholeFontsDir = path.join(work, 'dist-whole-fonts');
    if (wanted.has('sizes')) {
      log('building the same site with the whole fonts, the size baseline');
      const { buildSite } = await import('../src/site/build-site.ts');
      await buildSite({
        root: process.cwd(),
        slidesDir: 'slides',
        outDir: wholeFontsDir,
        ogImage: false,
        cutFonts: false,
        progress: createProgress({ enabled: false }),
      });
    }
    const chartSlide = await firstChartSlide(context.distDir);

    for (const condition of conditions) {
      const job = condition === 'busy' ? startBusyJob(1) : undefined;
      const rows: Row[] = [];
      const breakdown: string[] = [];
      try {
        log(`— ${condition === 'busy' ? 'beside a CPU-heavy job (one process keeping a core busy)' : 'idle'}`);
        const loadAtStart = await loadAverage();
        if (wanted.has('sizes')) rows.push(...(await measureSizes(context.distDir, wholeFontsDir)));
        if (wanted.has('build')) rows.push(...(await measureBuild(context)));
        if (wanted.has('pdf') || wanted.has('decktape')) rows.push(...(await measurePdf(context, { decktape: wanted.has('decktape') })));
        if (pageViews.size > 0) {
          const pages = await measurePages(context, pageViews, blankDir, slideCount, chartSlide);
          rows.push(...pages.rows);
          breakdown.push('', ...formatBreakdowns(pages.breakdowns));
        }
        if (wanted.has('png')) rows.push(...(await measurePng(context)));
        if (wanted.has('release')) rows.push(...(await measureRelease({ ...context, runs: Math.min(runs, 3) })));
        if (wanted.has('present')) rows.push(...(await measurePresent(context, taps)));
        if (wanted.has('tests') && condition === 'idle') rows.push(await measureTests(context));
        const loadAtEnd = await loadAverage();
        sections.push(
          [
            `### ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${condition === 'busy' ? 'beside a CPU-heavy job' : 'idle'}`,
            '',
            `${runs} interleaved rounds each; load average ${loadAtStart} at the start, ${loadAtEnd} at the end (2 cores).`,
            '',
            ...formatTable(rows),
            ...breakdown,
            '',
          ].join('\n'),
        );
        process.stdout.write(`${sections.at(-1)}\n`);
      } finally {
        await job?.stop();
      }
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  if (values.record) {
    await mkdir(path.dirname(benchmarksFile), { recursive: true });
    const exists = await stat(benchmarksFile).then(
      () => true,
      () => false,
    );
    if (!exists) await writeFile(benchmarksFile, '# Benchmarks\n\nOutput of `npm run bench -- --record`, newest last.\n\n');
    await appendFile(benchmarksFile, `${sections.join('\n')}\n`);
    log(`appended to ${benchmarksFile}`);
  }
});

/** The first slide with a chart, by its id and number, for the chart slide's first screen. */
async function firstChartSlide(distDir: string): Promise<{ hash: string; index: number } | undefined> {
  const deck = JSON.parse(await readFile(path.join(distDir, 'deck.json'), 'utf8')) as {
    deck: { sections: { slides: { id: string; blocks: { type: string }[] }[] }[] };
  };
  const slides = deck.deck.sections.flatMap((section) => section.slides);
  const index = slides.findIndex((slide) => slide.blocks.some((block) => block.type === 'chart'));
  return index < 0 ? undefined : { hash: `#/${slides[index]?.id}`, index };
}

async function measureTests(context: BenchContext): Promise<Row> {
  const load = await loadAverage();
  const timing = await timeCommand(['npm', 'test'], { env: context.env });
  return {
    measure: `\`npm test\` (load before: ${load})`,
    ours: { median: timing.wall, min: timing.wall, max: timing.wall },
    baseline: { median: 180, min: 180, max: 180 },
    unit: 's',
    goal: '3 minutes; ≤ 1×',
    ratio: timing.wall / 180,
    met: timing.wall <= 180,
  };
}
