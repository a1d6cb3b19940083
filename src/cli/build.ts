import { defaults } from '../base/defaults.ts';
import { parseCliOptions, parsePathOption } from '../base/parse-cli-options.ts';
import { createProgress } from '../base/progress.ts';
import { runCli } from '../base/run-cli.ts';
import { commandMessage } from '../model/command-messages.ts';
import { commandLocale, usageValues } from '../model/command-words.ts';

const usage = commandMessage('usageBuild', usageValues);

await runCli(commandLocale().say, async () => {
  const values = parseCliOptions(
    {
      slides: { type: 'string', default: defaults.contentDir },
      out: { type: 'string', default: defaults.buildDir },
      'no-og-image': { type: 'boolean', default: false },
      appendix: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    usage,
  );
  if (!values) return;
  const slidesDir = parsePathOption('slides', values.slides, usage);
  const outDir = parsePathOption('out', values.out, usage);
  // Loaded after the options are read: --help and usage errors need no bundler.
  const { buildSite } = await import('../site/build-site.ts');
  await buildSite({
    root: process.cwd(),
    slidesDir,
    outDir,
    progress: createProgress(),
    ogImage: !values['no-og-image'],
    appendix: values.appendix,
  });
});
