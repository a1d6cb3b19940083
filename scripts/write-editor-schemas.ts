/**
 * Writes the editor's JSON Schemas of deck.yaml and of a section's front matter (schemas/), made
 * from the content's own zod schemas and the Locale's field help. They are checked in, so an editor
 * has them without a build; tests/unit/content/editor-schema.test.ts fails when they differ from
 * what this would write. Run it after changing src/content/schema.ts or a field's help.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { plainText } from '../src/base/base-messages.ts';
import { defaults } from '../src/base/defaults.ts';
import { parseCliOptions } from '../src/base/parse-cli-options.ts';
import { createProgress } from '../src/base/progress.ts';
import { projectRoot } from '../src/base/project-root.ts';
import { runCli } from '../src/base/run-cli.ts';
import { editorSchemaFiles, editorSchemas, serializeEditorSchema } from '../src/content/editor-schema.ts';
import { commandLocale } from '../src/model/command-words.ts';
import { localeFor } from '../src/model/deck-context.ts';

const usage = plainText(`Usage: npm run schema

Writes schemas/deck.schema.json and schemas/section.schema.json from src/content/schema.ts and the
field help of the Locale (${defaults.language}).
  --help   show this help`);

await runCli(commandLocale().say, async () => {
  if (!parseCliOptions({ help: { type: 'boolean', default: false } }, usage)) return;
  const schemas = editorSchemas(localeFor(defaults.language));
  for (const [name, file] of Object.entries(editorSchemaFiles)) {
    await writeFile(path.join(projectRoot, file), serializeEditorSchema(schemas[name as keyof typeof editorSchemaFiles]));
  }
  createProgress({ enabled: true }).done(plainText(`wrote ${Object.values(editorSchemaFiles).join(', ')}`));
});
