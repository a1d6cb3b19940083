import { z } from 'zod';
import type { SchemaRule } from '../model/content-messages.ts';
import { type ChartSpec, chartTypes, type DeckMeta, type Quantity, type StatementSpec, type Topic } from '../model/deck.ts';
import { isSupportedLanguage, locales } from '../model/locale.ts';
import { help } from './field-help.ts';
import { figureValueSchema, yearSchema } from './number-schema.ts';
import { checkTiming, timingSchema } from './timing-schema.ts';

/** A rule's message is its name: src/content/describe-issue.ts hands it to the Locale. */
const rule = (name: SchemaRule): SchemaRule => name;

const text = z.string().trim().min(1, rule('empty'));

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
const textUpTo = (max: number) => text.max(max, rule('tooLong'));

/** A quantity's citation: the source's words (one quote or a list), and for a derived value its formula. */
const citationFields = {
  source: z
    .union([textUpTo(fieldLengths.quote), z.array(textUpTo(fieldLengths.quote)).min(1, rule('needsQuote'))])
    .transform((value) => (typeof value === 'string' ? [value] : value))
    .optional(),
  formula: textUpTo(fieldLengths.explanation).optional(),
};

export const quantitySchema = z
  .strictObject({
    label: textUpTo(fieldLengths.label),
    value: figureValueSchema,
    qualifier: textUpTo(fieldLengths.qualifier).optional(),
    unit: textUpTo(fieldLengths.unit).optional(),
    // Checked below, so that `derived: true` or an empty `derived:` gets the hint rather than a type error.
    derived: z.unknown().optional(),
    topic: textUpTo(fieldLengths.topicId).optional(),
    /** The year of the kept article its `source` cites (slides/2016/), when it is not this year's. */
    year: yearSchema.optional(),
    ...citationFields,
  })
  .superRefine((quantity, context) => {
    const { derived } = quantity;
    if (derived !== undefined && (typeof derived !== 'string' || derived.trim() === '')) {
      context.addIssue({ code: 'custom', path: ['derived'], message: rule('derivedNeedsExplanation'), input: derived });
    } else if (typeof derived === 'string' && derived.trim().length > fieldLengths.explanation) {
      context.addIssue({
        code: 'custom',
        path: ['derived'],
        message: rule('tooLong'),
        params: { max: fieldLengths.explanation },
        input: derived,
      });
    }
  })
  .transform(
    ({ derived, ...quantity }): Quantity => ({ ...quantity, ...(typeof derived === 'string' ? { derived: derived.trim() } : {}) }),
  );

export const chartSpecSchema = z
  .strictObject({
    type: z.enum(chartTypes),
    title: textUpTo(fieldLengths.chartTitle),
    measure: text.optional(),
    items: z.array(quantitySchema).min(1, rule('needsItem')),
    whole: quantitySchema.optional(),
  })
  .superRefine((chart, context) => {
    if (chart.type === 'doughnut' && chart.items.length < 2) {
      context.addIssue({ code: 'custom', path: ['items'], message: rule('doughnutTwoItems') });
    }
    // Bars side by side compare one measure: the chart names it, and every item's quote says it.
    if (chart.type !== 'doughnut' && chart.items.length > 1 && chart.measure === undefined) {
      context.addIssue({ code: 'custom', path: ['measure'], message: rule('measureMissing') });
    }
  });

export const statementSpecSchema = z.strictObject({
  text,
  by: text,
  role: text.optional(),
  source: citationFields.source,
});

export const figureSpecSchema = quantitySchema;

export const sectionFrontMatterSchema = help('section')(
  z.strictObject({
    title: help('section.title')(textUpTo(fieldLengths.sectionTitle)),
    /** Reveal list items one at a time on every slide of the section. */
    fragments: help('section.fragments')(z.boolean().optional()),
  }),
);

/**
 * A file beside deck.yaml, named as it is: any letters, spaces and accents, but no folder (the
 * content is held to its folder), no hidden file and no invisible character.
 */
const contentFileName = () =>
  textUpTo(fieldLengths.fileName)
    .refine((name) => !/[/\\]/.test(name), { message: rule('fileNameFolder') })
    .refine((name) => !name.startsWith('.'), { message: rule('fileNameHidden') })
    .refine((name) => !/[\p{Cc}\p{Cf}]/u.test(name), { message: rule('fileNameInvisible') });

/** A section's file name as deck.yaml lists it: a Markdown file beside deck.yaml. */
export const sectionFileName = contentFileName().refine((name) => /\.md$/i.test(name), { message: rule('sectionNotMarkdown') });

export const topicSchema = help('topic')(
  z.strictObject({
    id: help('topic.id')(textUpTo(fieldLengths.topicId).regex(/^[a-z0-9-]+$/, rule('topicIdForm'))),
    label: help('topic.label')(textUpTo(fieldLengths.topicLabel)),
  }),
);

export const deckIndexSchema = help('deck')(
  z
    .strictObject({
      title: help('deck.title')(textUpTo(fieldLengths.deckTitle)),
      shortTitle: help('deck.shortTitle')(textUpTo(fieldLengths.shortTitle).optional()),
      subtitle: help('deck.subtitle')(textUpTo(fieldLengths.subtitle).optional()),
      // Only when the source names who made the material: nothing is claimed for it otherwise.
      author: help('deck.author')(
        z
          .string()
          .max(fieldLengths.author, rule('tooLong'))
          .nullish()
          .transform((author) => author?.trim() ?? ''),
      ),
      date: help('deck.date')(z.union([textUpTo(fieldLengths.date), yearSchema]).transform(String)),
      lang: help('deck.lang')(
        text
          .default('vi')
          .refine(isSupportedLanguage, { message: rule('unsupportedLanguage'), params: { supported: Object.keys(locales) } }),
      ),
      description: help('deck.description')(textUpTo(fieldLengths.description)),
      keywords: help('deck.keywords')(
        z.array(textUpTo(fieldLengths.keyword)).max(fieldLengths.keywords, rule('tooManyKeywords')).default([]),
      ),
      /** The source text, a file beside deck.yaml (like the sections: nothing outside the slides folder is read). */
      source: help('deck.source')(contentFileName().optional()),
      /** The planned duration of the talk, for the speaker console's pacing. */
      timing: help('deck.timing')(timingSchema.optional()),
      topics: help('deck.topics')(z.array(topicSchema).optional()),
      keepTogether: help('deck.keepTogether')(z.array(textUpTo(fieldLengths.phrase)).optional()),
      sections: help('deck.sections')(z.array(help('deck.sections.file')(sectionFileName)).min(1, rule('needsSection'))),
    })
    .superRefine(checkTiming),
);

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
