import { z } from 'zod';
import { type ChartSpec, chartTypes, type DeckMeta, type Quantity } from '../model/deck.ts';
import { isSupportedLanguage, locales } from '../model/locale.ts';
import { figureValueSchema, yearSchema } from './number-schema.ts';
import { checkTiming, timingSchema } from './timing-schema.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** A quantity's citation: the source's words (one quote or a list), and for a derived value its formula. */
const citationFields = {
  source: z
    .union([text, z.array(text).min(1, 'needs at least one quote')])
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .optional(),
  formula: text.optional(),
};

export const quantitySchema = z.strictObject({
  label: text,
  value: figureValueSchema,
  qualifier: text.optional(),
  unit: text.optional(),
  derived: text.optional(),
  ...citationFields,
});

export const chartSpecSchema = z
  .strictObject({
    type: z.enum(chartTypes),
    title: text,
    items: z.array(quantitySchema).min(1, 'needs at least one item'),
  })
  .superRefine((chart, context) => {
    if (chart.type === 'doughnut' && chart.items.length < 2) {
      context.addIssue({ code: 'custom', path: ['items'], message: 'a doughnut needs at least two items' });
    }
  });

export const figureSpecSchema = quantitySchema;

export const sectionFrontMatterSchema = z.strictObject({
  title: text,
  /** Reveal list items one at a time on every slide of the section. */
  fragments: z.boolean().optional(),
});

/** A section's file name as deck.yaml lists it: a Markdown file beside deck.yaml. */
export const sectionFileName = text.regex(/^[\w.-]+\.md$/, 'must be a Markdown file name in slides/, such as 02-boi-canh.md');

export const deckIndexSchema = z
  .strictObject({
    title: text,
    shortTitle: text.optional(),
    subtitle: text.optional(),
    author: text,
    date: z.union([text, yearSchema]).transform(String),
    lang: text
      .default('vi')
      .refine(isSupportedLanguage, { message: `no locale for this language: supported are ${Object.keys(locales).join(', ')}` }),
    description: text,
    keywords: z.array(text).default([]),
    source: text.optional(),
    /** The planned duration of the talk, for the speaker console's pacing. */
    timing: timingSchema.optional(),
    sections: z.array(sectionFileName).min(1, 'needs at least one section file'),
  })
  .superRefine(checkTiming);

export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;
export type DeckIndex = z.infer<typeof deckIndexSchema>;

// What the schemas accept is exactly what the model holds.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const conforms: [
  Same<z.infer<typeof quantitySchema>, Quantity>,
  Same<z.infer<typeof chartSpecSchema>, ChartSpec>,
  Same<Omit<DeckIndex, 'sections' | 'timing'>, DeckMeta>,
] = [true, true, true];
void conforms;
