/**
 * Writes the list of messages in docs/huong-dan-nam-moi.md from the Locale, between its markers:
 * every message an editor can meet, as the build words it. tests/unit/docs/guide.test.ts fails when
 * the guide's list differs from what this would write.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { plainText } from '../src/base/base-messages.ts';
import { defaults } from '../src/base/defaults.ts';
import { parseCliOptions } from '../src/base/parse-cli-options.ts';
import { createProgress } from '../src/base/progress.ts';
import { projectRoot } from '../src/base/project-root.ts';
import { runCli } from '../src/base/run-cli.ts';
import { commandLocale } from '../src/model/command-words.ts';
import { localeFor } from '../src/model/deck-context.ts';
import { guideFile, withGuideMessages } from './support/guide-messages.ts';

const usage = plainText(`Usage: npm run guide

Writes the list of messages of ${guideFile} from the Locale (${defaults.language}).
  --help   show this help`);

await runCli(commandLocale().say, async () => {
  if (!parseCliOptions({ help: { type: 'boolean', default: false } }, usage)) return;
  const file = path.join(projectRoot, guideFile);
  await writeFile(file, withGuideMessages(await readFile(file, 'utf8'), localeFor(defaults.language)));
  createProgress({ enabled: true }).done(plainText(`wrote the list of messages in ${guideFile}`));
});
