/**
 * `npm run bench:pdf [-- --runs N] [--no-build]`: times three PDF exports of the same built deck,
 * in alternating order, and prints medians, ratios and sizes against the goals:
 *   - ours: `node bin/deck.mjs pdf --no-build`, what `npm run pdf -- --no-build` runs
 *     (the whole command with its own server and browser, without npm's own start-up);
 *   - decktape with its default settings, on the same Chromium;
 *   - one bare `chromium --headless --print-to-pdf` of the print view (`?print-pdf`).
 * decktape and the bare print get a server started once, outside their timings.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DeckError } from '../src/base/errors.ts';
import { parseCliOptions, parseIntegerOption } from '../src/base/parse-cli-options.ts';
import { createProgress } from '../src/base/progress.ts';
import { registerCleanup } from '../src/base/register-cleanup.ts';
import { runCli } from '../src/base/run-cli.ts';
import { removeStaleTemporaries } from '../src/base/scratch-path.ts';
import { findBrowser } from '../src/browser/find-browser.ts';
import { serveDist } from '../src/browser/serve-dist.ts';
import { readBuiltDeck } from '../src/content/read-built-deck.ts';
import { allSlides } from '../src/model/deck.ts';
import { loadPdfLib } from '../src/pdf/load-pdf-lib.ts';

const usage = `Usage: npm run bench:pdf [-- --runs N] [--no-build]

Builds the deck once, then times our PDF export against decktape and a bare Chromium print of
the same build, alternating the order each round, and prints medians, ratios and sizes.
  --runs N     rounds (default: 5)
  --no-build   time the existing dist/ as it is
  --help       show this help`;

interface Tool {
  name: string;
  command(out: string, url: string): string[];
  /** Run with TMPDIR in the bench's scratch folder: what the tool's browser leaves there is removed with it. */
  ownTmp?: boolean;
}

await runCli(async () => {
  const values = parseCliOptions(
    {
      runs: { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const runs = parseIntegerOption('runs', values.runs, { min: 1, max: 100 }, usage);
  const chromium = findBrowser();
  const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

  const tools: Tool[] = [
    { name: 'ours (--no-build)', command: (out) => [process.execPath, 'bin/deck.mjs', 'pdf', '--no-build', '--out', out] },
    {
      name: 'decktape (defaults)',
      ownTmp: true,
      command: (out, url) => [
        'node_modules/.bin/decktape',
        'reveal',
        '--chrome-path',
        chromium,
        ...asRoot.map((flag) => `--chrome-arg=${flag}`),
        url,
        out,
      ],
    },
    {
      name: 'bare Chromium',
      ownTmp: true,
      command: (out, url) => [
        chromium,
        '--headless',
        ...asRoot,
        '--disable-gpu',
        '--no-pdf-header-footer',
        `--print-to-pdf=${out}`,
        '--virtual-time-budget=15000',
        '--run-all-compositor-stages-before-draw',
        `${url}?print-pdf`,
      ],
    },
  ];

  // A rebuild keeps every earlier export in dist/ (deck.pdf, deck.pptx, png/…). Vite is loaded only if needed.
  if (!values['no-build']) {
    const { buildSite } = await import('../src/site/build-site.ts');
    await buildSite({ root: process.cwd(), slidesDir: 'slides', outDir: 'dist', progress: createProgress() });
  }
  const expectedPages = allSlides((await readBuiltDeck('dist')).deck).length;
  await removeStaleTemporaries(tmpdir(), /^deck-bench-(\d+)-/);
  const scratch = await mkdtemp(path.join(tmpdir(), `deck-bench-${process.pid}-`));
  const server = await serveDist({ distDir: 'dist' });
  const unregister = registerCleanup(() => Promise.all([server.close(), rm(scratch, { recursive: true, force: true })]));
  const times = new Map<string, number[]>(tools.map((tool) => [tool.name, []]));
  const sizes = new Map<string, number>();
  /** Runs whose PDF came out wrong (such as a blank one-page print): left out of the medians. */
  const failures = new Map<string, number>(tools.map((tool) => [tool.name, 0]));
  try {
    for (let round = 0; round < runs; round++) {
      // Rotate the order each round so no tool always runs first (or last) on a warm machine.
      const order = tools.map((_, index) => tools[(index + round) % tools.length] as Tool);
      for (const tool of order) {
        const out = path.join(scratch, `${tool.name.split(' ')[0]}-${round}.pdf`);
        const seconds = await timeCommand(tool.command(out, server.url), tool.ownTmp ? { TMPDIR: scratch } : {});
        const pages = await countPages(out);
        if (pages === expectedPages) {
          times.get(tool.name)?.push(seconds);
          sizes.set(tool.name, (await stat(out)).size);
        } else {
          failures.set(tool.name, (failures.get(tool.name) ?? 0) + 1);
        }
        const verdict = pages === expectedPages ? '' : ` (${pages} pages instead of ${expectedPages}: left out)`;
        process.stderr.write(`round ${round + 1}/${runs} ${tool.name}: ${seconds.toFixed(2)} s${verdict}\n`);
      }
    }
  } finally {
    unregister();
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }

  const median = (list: readonly number[]): number => {
    const sorted = [...list].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  };
  const [ours, decktape, bare] = tools.map((tool) => median(times.get(tool.name) ?? []));
  const size = (tool: Tool): number => sizes.get(tool.name) ?? 0;
  const [oursTool, , bareTool] = tools as [Tool, Tool, Tool];

  const rows = tools.map((tool) => {
    const list = times.get(tool.name) ?? [];
    const m = median(list);
    const failed = failures.get(tool.name) ?? 0;
    return `| ${tool.name} | ${list.length}${failed ? ` (+${failed} wrong PDF)` : ''} | ${m.toFixed(2)} s | ${Math.min(...list).toFixed(2)}–${Math.max(...list).toFixed(2)} s | ${(m / (bare as number)).toFixed(2)}× | ${Math.round(size(tool) / 1024)} KB |`;
  });
  const check = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const oursOverBare = (ours as number) / (bare as number);
  const decktapeOverOurs = (decktape as number) / (ours as number);
  process.stdout.write(
    [
      `PDF export of the same built deck, ${runs} alternating runs each (${new Date().toISOString().slice(0, 10)}):`,
      '',
      '| Export | Good runs | Median | Range | × bare Chromium | PDF size |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `- ours / bare Chromium = ${oursOverBare.toFixed(2)}× (goal ≤ 1.15×: ${check(oursOverBare <= 1.15)})`,
      `- decktape / ours = ${decktapeOverOurs.toFixed(1)}× (goal ≥ 4×: ${check(decktapeOverOurs >= 4)})`,
      `- our PDF ${Math.round(size(oursTool) / 1024)} KB vs bare Chromium ${Math.round(size(bareTool) / 1024)} KB (goal: no larger: ${check(size(oursTool) <= size(bareTool))})`,
      '',
    ].join('\n'),
  );
});

async function countPages(file: string): Promise<number> {
  try {
    const pdf = await loadPdfLib().PDFDocument.load(await readFile(file), { updateMetadata: false });
    return pdf.getPageCount();
  } catch {
    return 0;
  }
}

/** Runs one export and times it; a stop signal ends it first (decktape closes its own browser on SIGTERM). */
function timeCommand([command, ...args]: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command as string, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: '1', ...env } });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const unregister = registerCleanup(() => {
      child.kill('SIGTERM');
      return exited;
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) => {
      unregister();
      reject(new DeckError('browserCrashed', `${command} did not start: ${error.message}`));
    });
    child.on('close', (code) => {
      unregister();
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve(seconds);
      else reject(new DeckError('browserCrashed', `${command} ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`));
    });
  });
}
