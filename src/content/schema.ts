import { z } from 'zod';
import { type ChartSpec, chartTypes, type DeckMeta, type Quantity, type StatementSpec, type Topic } from '../model/deck.ts';
import { isSupportedLanguage, locales } from '../model/locale.ts';
import { figureValueSchema, yearSchema } from './number-schema.ts';
import { checkTiming, timingSchema } from './timing-schema.ts';

const text = z.string().trim().min(1, 'must not be empty');

/**
 * The longest each field may be, in characters: several times what a real deck writes, little enough
 * that a slip (a pasted file, a 1 MB title) is refused here rather than built into every page.
 */
export const fieldLengths = {
  deckTitle: 200,
  shortTitle: 100,
  subtitle: 200,
  description: 500,
  keyword: 80,
  keywords: 30,
  author: 200,
  date: 40,
  sectionTitle: 150,
  slideTitle: 200,
  chartTitle: 150,
  label: 120,
  unit: 40,
  qualifier: 40,
  explanation: 400,
  quote: 600,
  topicId: 40,
  topicLabel: 80,
  phrase: 80,
  fileName: 120,
} as const;

/** A text of at most `max` characters. */
const textUpTo = (max: number) => text.max(max, `must be at most ${max} characters: shorten it`);

/** A quantity's citation: the source's words (one quote or a list), and for a derived value its formula. */
const citationFields = {
  source: z
    .union([textUpTo(fieldLengths.quote), z.array(textUpTo(fieldLengths.quote)).min(1, 'needs at least one quote')])
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .optional(),
  formula: textUpTo(fieldLengths.explanation).optional(),
};

/** What an editor is told when a value is marked derived without saying how it was derived. */
export const derivedHint =
  'a derived value needs its explanation: write derived: "how it follows from the source", such as "420 ÷ 1,4: 420 is 140% of the plan"';

export const quantitySchema = z
  .strictObject({
    label: textUpTo(fieldLengths.label),
    value: figureValueSchema,
    qualifier: textUpTo(fieldLengths.qualifier).optional(),
    unit: textUpTo(fieldLengths.unit).optional(),
    // Checked below, so that `derived: true` or an empty `derived:` gets the hint rather than a type error.
    derived: z.unknown().optional(),
    topic: textUpTo(fieldLengths.topicId).optional(),
    ...citationFields,
  })
  .superRefine((quantity, context) => {
    const { derived } = quantity;
    if (derived !== undefined && (typeof derived !== 'string' || derived.trim() === '')) {
      context.addIssue({ code: 'custom', path: ['derived'], message: derivedHint, input: derived });
    } else if (typeof derived === 'string' && derived.trim().length > fieldLengths.explanation) {
      context.addIssue({
        code: 'custom',
        path: ['derived'],
        message: `must be at most ${fieldLengths.explanation} characters: shorten it`,
        input: derived,
      });
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
    title: textUpTo(fieldLengths.chartTitle),
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
  title: textUpTo(fieldLengths.sectionTitle),
  /** Reveal list items one at a time on every slide of the section. */
  fragments: z.boolean().optional(),
});

/**
 * A file beside deck.yaml, named as it is: any letters, spaces and accents, but no folder (the
 * content is held to its folder), no hidden file and no invisible character.
 */
const contentFileName = textUpTo(fieldLengths.fileName)
  .refine((name) => !/[/\\]/.test(name), {
    message:
      'must be the name of a file in the slides folder, with no folder before it: put the file beside deck.yaml and write its name only',
  })
  .refine((name) => !name.startsWith('.'), { message: 'must not start with ".": name a visible file beside deck.yaml' })
  .refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name), { message: 'holds an invisible character: type the file name again' });

/** A section's file name as deck.yaml lists it: a Markdown file beside deck.yaml. */
export const sectionFileName = contentFileName.refine((name) => /\.md$/i.test(name), {
  message: 'must be a Markdown file (a name ending in .md), such as 02-boi-canh.md',
});

export const topicSchema = z.strictObject({
  id: textUpTo(fieldLengths.topicId).regex(/^[a-z0-9-]+$/, 'must be a short name of lower-case letters, digits and dashes, such as ma-tuy'),
  label: textUpTo(fieldLengths.topicLabel),
});

export const deckIndexSchema = z
  .strictObject({
    title: textUpTo(fieldLengths.deckTitle),
    shortTitle: textUpTo(fieldLengths.shortTitle).optional(),
    subtitle: textUpTo(fieldLengths.subtitle).optional(),
    // Only when the source names who made the material: nothing is claimed for it otherwise.
    author: z
      .string()
      .max(fieldLengths.author, `must be at most ${fieldLengths.author} characters: shorten it`)
      .nullish()
      .transform((author) => author?.trim() ?? ''),
    date: z.union([textUpTo(fieldLengths.date), yearSchema]).transform(String),
    lang: text
      .default('vi')
      .refine(isSupportedLanguage, { message: `no locale for this language: supported are ${Object.keys(locales).join(', ')}` }),
    description: textUpTo(fieldLengths.description),
    keywords: z
      .array(textUpTo(fieldLengths.keyword))
      .max(fieldLengths.keywords, `lists more than ${fieldLengths.keywords} keywords: keep the ones a reader would search for`)
      .default([]),
    /** The source text, a file beside deck.yaml (like the sections: nothing outside the slides folder is read). */
    source: contentFileName.optional(),
    /** The planned duration of the talk, for the speaker console's pacing. */
    timing: timingSchema.optional(),
    topics: z.array(topicSchema).optional(),
    keepTogether: z.array(textUpTo(fieldLengths.phrase)).optional(),
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
