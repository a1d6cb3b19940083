import { baseMessage } from '../base/base-messages.ts';
import { defaults } from '../base/defaults.ts';
import { DeckError } from '../base/errors.ts';
import { say } from '../base/message.ts';
import { parseCliOptions, parsePathOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale, usageValues } from '../model/command-words.ts';

const usage = commandMessage('usageNextYear', usageValues);

await runCli(commandLocale().say, async () => {
  const values = parseCliOptions(
    {
      source: { type: 'string' },
      slides: { type: 'string', default: defaults.contentDir },
      dist: { type: 'string', default: defaults.buildDir },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  if (values.source === undefined) {
    throw new DeckError(
      'usage',
      baseMessage('optionRequired', { option: '--source', example: 'npm run next-year -- --source bai-viet-moi.txt' }),
      {
        usage,
      },
    );
  }
  const source = parsePathOption('source', values.source, usage);
  const slidesDir = parsePathOption('slides', values.slides, usage);
  const distDir = parsePathOption('dist', values.dist, usage);
  // Progress is the point here: the editor sees each step, even on CI.
  const progress = createProgress({ enabled: process.env.DECK_QUIET !== '1' });
  const { startNextYear } = await import('../content/start-next-year.ts');
  const next = await startNextYear({ slidesDir, distDir, source, progress });
  const lines = [
    say(commandMessage('nextYearKept', { year: next.year, folder: next.keptFolder, files: next.keptFiles })),
    next.toDo.length > 0
      ? say(commandMessage('nextYearToDo', { problems: next.toDo, year: next.nextYear }))
      : say(commandMessage('nextYearNothingToDo', { year: next.nextYear })),
    ...(next.review.length > 0 ? [say(commandMessage('nextYearLinesToReview', { lines: next.review, year: next.year }))] : []),
  ];
  process.stdout.write(`${lines.join('\n\n')}\n`);
});
