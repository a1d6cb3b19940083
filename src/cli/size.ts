import { access } from 'node:fs/promises';
import path from 'node:path';
import { recoverOutput } from '../base/claim-output.ts';
import { defaults } from '../base/defaults.ts';
import { DeckError } from '../base/errors.ts';
import { type Message, say } from '../base/message.ts';
import { parseCliOptions, parsePathOption } from '../base/parse-cli-options.ts';
import { runCli } from '../base/run-cli.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale, usageValues } from '../model/command-words.ts';
import { checkBudget, defaultBudget, type FileSize, measureJsFloor, measureSite, total } from '../site/measure-size.ts';

const usage = commandMessage('usageSize', usageValues);

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
const row = (label: string, size: { raw: number; gzip: number }): string =>
  `${label.padEnd(66)}${kilobytes(size.raw)}${kilobytes(size.gzip)}`;

await runCli(commandLocale().say, async () => {
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
    throw new DeckError('noBuild', commandMessage('noBuild', { dir: distDir }));
  }
  const sizes = await measureSite(distDir);
  const floor = await measureJsFloor(process.cwd());
  const [rawHead = '', gzipHead = ''] = say(commandMessage('sizeHeader', {})).split('|');
  const lines = [`${''.padEnd(66)}${rawHead.padStart(10)}${gzipHead.padStart(10)}`];
  const group = (title: Message, files: FileSize[]): void => {
    for (const file of files) lines.push(row(`  ${file.file}`, file));
    lines.push(row(say(title), total(files)));
  };
  group(commandMessage('sizeInitialJs', {}), sizes.initialJs);
  lines.push(row(say(commandMessage('sizeFloor', { factor: defaultBudget.jsFactor })), floor));
  const js = total(sizes.initialJs);
  lines.push(say(commandMessage('sizeRatio', { raw: (js.raw / floor.raw).toFixed(3), gzip: (js.gzip / floor.gzip).toFixed(3) })));
  group(commandMessage('sizeCss', {}), sizes.css);
  group(commandMessage('sizeFonts', {}), sizes.fonts);
  if (sizes.wholeFonts.length > 0) group(commandMessage('sizeWholeFonts', {}), sizes.wholeFonts);
  group(commandMessage('sizeOther', {}), sizes.other);
  process.stdout.write(`${lines.join('\n')}\n`);
  const problems = await checkBudget(distDir, sizes, floor);
  if (problems.length > 0) {
    process.stderr.write(`${say(commandMessage('sizeOverBudget', { problems }))}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`${say(commandMessage('sizeWithinBudget', {}))}\n`);
  }
});
