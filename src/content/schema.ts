import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty');

/** A figure from the source, such as 80 with its qualifier "trên" and its unit "người". */
export const quantitySchema = z.strictObject({
  label: text,
  value: z.number().finite(),
  qualifier: text.optional(),
  unit: text.optional(),
  /** Why this value is not in the source but derived from it; shown next to the value. */
  derived: text.optional(),
});

export const chartTypes = ['bar', 'horizontalBar', 'doughnut'] as const;

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

export const figureSpecSchema = quantitySchema.omit({ label: true }).extend({ label: text });

export const sectionFrontMatterSchema = z.strictObject({
  title: text,
  /** Reveal list items one at a time on every slide of the section. */
  fragments: z.boolean().optional(),
});

export const deckIndexSchema = z.strictObject({
  title: text,
  shortTitle: text.optional(),
  subtitle: text.optional(),
  author: text,
  date: z.union([text, z.number().int()]).transform(String),
  lang: text.default('vi'),
  description: text,
  keywords: z.array(text).default([]),
  source: text.optional(),
  sections: z.array(text.regex(/^[\w.-]+\.md$/, 'must be a Markdown file name in slides/, such as 02-boi-canh.md')).min(1),
});

export type Quantity = z.infer<typeof quantitySchema>;
export type ChartType = (typeof chartTypes)[number];
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type FigureSpec = z.infer<typeof figureSpecSchema>;
export type SectionFrontMatter = z.infer<typeof sectionFrontMatterSchema>;
export type DeckIndex = z.infer<typeof deckIndexSchema>;

export interface Inline {
  text: string;
  strong?: boolean;
  em?: boolean;
}

export type Block =
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'chart'; id: string; chart: ChartSpec }
  | { type: 'figure'; figure: FigureSpec };

export interface SourceLocation {
  file: string;
  line: number;
}

export interface Slide {
  id: string;
  /** 1-based position in the whole deck. */
  number: number;
  /** A level-1 heading makes a title slide; a level-2 heading a content slide. */
  kind: 'title' | 'content';
  title: string;
  blocks: Block[];
  /** Speaker notes, one string per paragraph. */
  notes: string[];
  fragments: boolean;
  location: SourceLocation;
}

export interface Section {
  id: string;
  title: string;
  file: string;
  slides: Slide[];
}

export type DeckMeta = Omit<DeckIndex, 'sections'>;

/** The one model every output (web deck, PDF, PNG, PPTX) is built from. */
export interface Deck {
  meta: DeckMeta;
  sections: Section[];
}
