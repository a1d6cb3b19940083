import { access } from 'node:fs/promises';
import path from 'node:path';
import { recoverOutput } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { DeckError } from '../base/errors.ts';
import { parseCliOptions, parsePathOption } from '../base/parse-cli-options.ts';
import { runCli } from '../base/run-cli.ts';
import { checkBudget, defaultBudget, type FileSize, measureJsFloor, measureSite, total } from '../site/measure-size.ts';

const usage = `Usage: npm run size [-- --dist DIR]

Prints the built site's sizes, raw and gzip, against the budget: fonts woff2 only and not
inlined; initial JS at most ${defaultBudget.jsFactor}× the floor (reveal.js alone, bundled in the
same run: Chart.js loads later, when a chart is near). Exits 1 when over budget.
  --dist DIR  the built site (default: ${defaults.buildDir})
  --help      show this help`;

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
const row = (label: string, size: { raw: number; gzip: number }): string =>
  `${label.padEnd(66)}${kilobytes(size.raw)}${kilobytes(size.gzip)}`;

await runCli(async () => {
  const values = parseCliOptions(
    { dist: { type: 'string', default: defaults.buildDir }, help: { type: 'boolean', default: false } },
    usage,
  );
  if (!values) return;
  const distDir = parsePathOption('dist', values.dist, usage);
  // A build stopped while it swapped the folder in is finished first (see recoverOutput).
  await recoverOutput(distDir);
  try {
    await access(path.join(distDir, 'index.html'));
  } catch {
    throw new DeckError('noBuild', `no build in ${distDir}: run npm run build first`);
  }
  const sizes = await measureSite(distDir);
  const floor = await measureJsFloor(process.cwd());
  const lines = [`${''.padEnd(66)}${'raw'.padStart(10)}${'gzip'.padStart(10)}`];
  const group = (title: string, files: FileSize[]): void => {
    for (const file of files) lines.push(row(`  ${file.file}`, file));
    lines.push(row(title, total(files)));
  };
  group('initial JS', sizes.initialJs);
  lines.push(row(`  floor: reveal.js alone (×${defaultBudget.jsFactor} allowed)`, floor));
  const js = total(sizes.initialJs);
  lines.push(`  ratio to the floor: ${(js.raw / floor.raw).toFixed(3)} raw, ${(js.gzip / floor.gzip).toFixed(3)} gzip`);
  group('CSS', sizes.css);
  group('fonts', sizes.fonts);
  if (sizes.wholeFonts.length > 0) group('whole fonts, fetched only for a character the cut ones lack', sizes.wholeFonts);
  group('other files', sizes.other);
  process.stdout.write(`${lines.join('\n')}\n`);
  const problems = await checkBudget(distDir, sizes, floor);
  if (problems.length > 0) {
    process.stderr.write(`over budget:\n${problems.map((problem) => `  ${problem}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('within budget\n');
  }
});
