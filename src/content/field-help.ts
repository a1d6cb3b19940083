import { z } from 'zod';
import type { FieldHelpKey } from '../model/field-help.ts';

/**
 * The help an editor sees for each field of deck.yaml and of a section's front matter (in the
 * editor's schema, src/content/editor-schema.ts): a key of the Locale's field help, so the words
 * are the Locale's and the schema is the one the content is checked with.
 */
export const fieldHelp = z.registry<{ help: FieldHelpKey }>();

/** Marks a field with its help. */
export const help =
  (key: FieldHelpKey) =>
  <Schema extends z.ZodType>(schema: Schema): Schema => {
    fieldHelp.add(schema, { help: key });
    return schema;
  };
