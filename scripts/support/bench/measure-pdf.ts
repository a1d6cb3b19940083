import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { findBrowser } from '../../../src/browser/find-browser.ts';
import { serveDist } from '../../../src/browser/serve-dist.ts';
import { loadPdfLib } from '../../../src/pdf/load-pdf-lib.ts';
import { type BenchContext, countSlides } from './bench-context.ts';
import { timeCommand } from './measure.ts';
import { compare, interleave, type Row } from './row.ts';

interface Exporter {
  name: string;
  command(out: string, url: string): string[];
  /** TMPDIR in the bench's scratch folder: what the tool's browser leaves there goes with it. */
  ownTmp?: boolean;
  wall: number[];
  cpu: number[];
  bytes: number[];
  /** Runs whose PDF came out wrong (such as a blank one-page print): left out of the medians. */
  wrong: number;
}

/**
 * One PDF of the built deck three ways, in rotating order: our whole command (`npm run pdf --
 * --no-build`, with its own server and browser), one bare `chromium --print-to-pdf` of the print
 * view, and decktape with its defaults on the same Chromium. The last two share a server started
 * outside their timings. Each PDF is checked for one page per slide.
 */
export async function measurePdf(context: BenchContext, options: { decktape: boolean }): Promise<Row[]> {
  const chromium = findBrowser();
  const asRoot = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const exporter = (name: string, command: Exporter['command'], ownTmp = false): Exporter => ({
    name,
    command,
    ownTmp,
    wall: [],
    cpu: [],
    bytes: [],
    wrong: 0,
  });
  const ours = exporter('ours', (out) => context.npmScript('pdf', '--no-build', '--dist', context.distDir, '--out', out));
  const bare = exporter(
    'bare Chromium',
    (out, url) => [
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
    true,
  );
  const decktape = exporter(
    'decktape',
    (out, url) => [
      'node_modules/.bin/decktape',
      'reveal',
      '--chrome-path',
      chromium,
      ...asRoot.map((flag) => `--chrome-arg=${flag}`),
      url,
      out,
    ],
    true,
  );
  const exporters = options.decktape ? [ours, bare, decktape] : [ours, bare];
  const pages = await countSlides(context.distDir);
  const server = await serveDist({ distDir: context.distDir });
  try {
    let run = 0;
    await interleave(
      context.runs,
      exporters.map((tool) => async () => {
        const out = path.join(context.work, `${tool.name.split(' ')[0]}-${run++}.pdf`);
        const env = tool.ownTmp ? { ...context.env, TMPDIR: context.work } : context.env;
        const timing = await timeCommand(tool.command(out, server.url), { env });
        if ((await countPages(out)) !== pages) {
          tool.wrong++;
          return;
        }
        tool.wall.push(timing.wall);
        tool.cpu.push(timing.cpu);
        tool.bytes.push((await stat(out)).size / 1024);
      }),
      (round) =>
        context.log(
          `pdf ${round + 1}/${context.runs}: ${exporters.map((tool) => `${tool.name} ${tool.wall.at(-1)?.toFixed(2)} s (cpu ${tool.cpu.at(-1)?.toFixed(2)} s)`).join(', ')}`,
        ),
    );
  } finally {
    await server.close();
  }
  const wrong = (tool: Exporter): string => (tool.wrong > 0 ? `; ${tool.wrong} wrong PDF left out` : '');
  const against = `one bare \`chromium --print-to-pdf\` of the print view${wrong(bare)}`;
  const rows = [
    compare({
      measure: `\`npm run pdf -- --no-build\` wall time${wrong(ours)}`,
      ours: ours.wall,
      baseline: bare.wall,
      unit: 's',
      against,
      atMost: 1.15,
    }),
    compare({ measure: '`npm run pdf -- --no-build` CPU time', ours: ours.cpu, baseline: bare.cpu, unit: 's', against, atMost: 1.15 }),
    compare({ measure: 'PDF size', ours: ours.bytes, baseline: bare.bytes, unit: 'KB', against: 'the bare print’s', atMost: 1 }),
  ];
  if (options.decktape)
    rows.push(
      compare({
        measure: `decktape (defaults) wall time${wrong(decktape)}`,
        ours: decktape.wall,
        baseline: ours.wall,
        unit: 's',
        against: 'ours: how many times longer decktape takes',
        atLeast: 4,
      }),
    );
  return rows;
}

async function countPages(file: string): Promise<number> {
  try {
    const pdf = await loadPdfLib().PDFDocument.load(await readFile(file), { updateMetadata: false });
    return pdf.getPageCount();
  } catch {
    return 0;
  }
}
