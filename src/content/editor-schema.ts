import { z } from 'zod';
import type { Locale } from '../model/locale.ts';
import { fieldHelp } from './field-help.ts';
import { deckIndexSchema, sectionFrontMatterSchema } from './schema.ts';

/** A JSON Schema, as an editor reads it. */
export type JsonSchema = Record<string, unknown>;

/** The editor's schemas, and where they are kept in the project (checked in, so an editor needs no build). */
export const editorSchemaFiles = { deck: 'schemas/deck.schema.json', section: 'schemas/section.schema.json' } as const;

/**
 * The JSON Schemas of deck.yaml and of a section's front matter, generated from the content's own
 * zod schemas (src/content/schema.ts), so they cannot drift from what the build accepts: every field
 * with the Locale's description and examples, for an editor's completion, checks and hover.
 */
export function editorSchemas(locale: Locale): Record<keyof typeof editorSchemaFiles, JsonSchema> {
  const convert = (schema: z.ZodType): JsonSchema => {
    const json = z.toJSONSchema(schema, {
      io: 'input',
      unrepresentable: 'any',
      metadata: fieldHelp,
      override: (context) => {
        const help = fieldHelp.get(context.zodSchema);
        const target = context.jsonSchema as JsonSchema;
        delete target.help;
        if (!help) return;
        const words = locale.fieldHelp[help.help];
        target.description = words.description;
        // yaml-language-server shows a field's hover from `description` and offers `examples` on completion.
        if (words.examples) target.examples = [...words.examples];
      },
    }) as JsonSchema;
    return json;
  };
  return { deck: convert(deckIndexSchema), section: convert(sectionFrontMatterSchema) };
}

/** A schema as its checked-in file holds it. */
export function serializeEditorSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
