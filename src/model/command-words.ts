import { defaults } from '../base/defaults.ts';
import type { UsageValues } from './command-messages.ts';
import { localeFor } from './deck-context.ts';
import type { Locale } from './locale.ts';
import { outputFiles, presenterFiles } from './output-files.ts';

/** The Locale the commands speak (defaults.language): their help, progress and errors. */
export function commandLocale(): Locale {
  return localeFor(defaults.language);
}

/** What every command's help says of the defaults. */
export const usageValues: UsageValues = {
  contentDir: defaults.contentDir,
  buildDir: defaults.buildDir,
  presenterSuffix: defaults.presenterSuffix,
  timeoutMs: defaults.timeoutMs,
  port: defaults.port,
  host: defaults.host,
  pptxFile: outputFiles.pptx,
  presenterPptxFile: presenterFiles.pptx,
  jsFactor: defaults.jsBudgetFactor,
};
