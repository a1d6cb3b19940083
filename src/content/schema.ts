import { z } from 'zod';
import { type ChartSpec, chartTypes, type DeckMeta, type Quantity, type StatementSpec, type Topic } from '../model/deck.ts';
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

/** What an editor is told when a value is marked derived without saying how it was derived. */
export const derivedHint =
  'a derived value needs its explanation: write derived: "how it follows from the source", such as "420 ÷ 1,4: 420 is 140% of the plan"';

export const quantitySchema = z
  .strictObject({
    label: text,
    value: figureValueSchema,
    qualifier: text.optional(),
    unit: text.optional(),
    // Checked below, so that `derived: true` or an empty `derived:` gets the hint rather than a type error.
    derived: z.unknown().optional(),
    topic: text.optional(),
    ...citationFields,
  })
  .superRefine((quantity, context) => {
    const { derived } = quantity;
    if (derived !== undefined && (typeof derived !== 'string' || derived.trim() === '')) {
      context.addIssue({ code: 'custom', path: ['derived'], message: derivedHint, input: derived });
    }
  })
  .transform(
    ({ derived, ...quantity }): Quantity => ({ ...quantity, ...(typeof derived === 'string' ? { derived: derived.trim() } : {}) }),
  );

/** What an editor is told when a bar chart does not say what its bars count. */
export const measureHint =
  'thiếu "measure:": ghi điều mà mọi cột cùng đếm, đúng chữ của bài viết, ví dụ measure: bắt giữ (số vụ bắt giữ không so được với số vụ điều tra phá án)';

export const chartSpecSchema = z
  .strictObject({
    type: z.enum(chartTypes),
    title: text,
    measure: text.optional(),
    items: z.array(quantitySchema).min(1, 'needs at least one item'),
    whole: quantitySchema.optional(),
  })
  .superRefine((chart, context) => {
    if (chart.type === 'doughnut' && chart.items.length < 2) {
      context.addIssue({ code: 'custom', path: ['items'], message: 'a doughnut needs at least two items' });
    }
    // Bars side by side compare one measure: the chart names it, and every item's quote says it.
    if (chart.type !== 'doughnut' && chart.items.length > 1 && chart.measure === undefined) {
      context.addIssue({ code: 'custom', path: ['measure'], message: measureHint });
    }
  });

export const statementSpecSchema = z.strictObject({
  text,
  by: text,
  role: text.optional(),
  source: citationFields.source,
});

export const figureSpecSchema = quantitySchema;

export const sectionFrontMatterSchema = z.strictObject({
  title: text,
  /** Reveal list items one at a time on every slide of the section. */
  fragments: z.boolean().optional(),
});

/** A section's file name as deck.yaml lists it: a Markdown file beside deck.yaml. */
export const sectionFileName = text.regex(/^[\w.-]+\.md$/, 'must be a Markdown file name in slides/, such as 02-boi-canh.md');

export const topicSchema = z.strictObject({
  id: text.regex(/^[a-z0-9-]+$/, 'must be a short name of lower-case letters, digits and dashes, such as ma-tuy'),
  label: text,
});

export const deckIndexSchema = z
  .strictObject({
    title: text,
    shortTitle: text.optional(),
    subtitle: text.optional(),
    // Only when the source names who made the material: nothing is claimed for it otherwise.
    author: z
      .string()
      .nullish()
      .transform((author) => author?.trim() ?? ''),
    date: z.union([text, yearSchema]).transform(String),
    lang: text
      .default('vi')
      .refine(isSupportedLanguage, { message: `no locale for this language: supported are ${Object.keys(locales).join(', ')}` }),
    description: text,
    keywords: z.array(text).default([]),
    source: text.optional(),
    /** The planned duration of the talk, for the speaker console's pacing. */
    timing: timingSchema.optional(),
    topics: z.array(topicSchema).optional(),
    keepTogether: z.array(text).optional(),
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
  Same<z.infer<typeof topicSchema>, Topic>,
  Same<z.infer<typeof statementSpecSchema>, StatementSpec>,
] = [true, true, true, true, true];
void conforms;
