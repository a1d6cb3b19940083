import type { Block, ChartBlock, Slide, TextBlock, Topic } from './deck.ts';
import type { DeckContext } from './deck-context.ts';
import type { Region } from './geometry.ts';
import { contentFrame } from './placement/content-frame.ts';
import { Measure } from './placement/measure.ts';
import { placeCharts } from './placement/place-charts.ts';
import { placeContents } from './placement/place-contents.ts';
import { placeCover } from './placement/place-cover.ts';
import { placeFigures } from './placement/place-figures.ts';
import { placeStatement } from './placement/place-statement.ts';
import { placeText } from './placement/place-text.ts';
import type { BodyPlacement, Overflow, Placed, SlidePlacement } from './placement/placed.ts';
import { typeScale } from './typography.ts';

export { contentFrame } from './placement/content-frame.ts';
export { figureValueWidth } from './placement/figure-cards.ts';
export { derivedSwatch, minimumPlotHeight } from './placement/place-charts.ts';
export { contentsNumberWidth } from './placement/place-contents.ts';
export * from './placement/placed.ts';

/**
 * Where every block of every slide goes, decided here once, as boxes on the 1280 × 720 page: the
 * web deck positions its elements in them (src/html/render-placement-css.ts), the PDF and the images print
 * that, and the PowerPoint file puts its shapes in the same boxes. No renderer places anything.
 *
 * Every content slide shares one grid: the section label and the one-line title at the top, a rule
 * under them, the body from the same height on every slide, the page number in the bottom margin.
 * The body is laid out from the top, in one of a few arrangements chosen by what the slide holds.
 */

/** The boxes of every slide of the deck, in order. */
export function placeDeck(context: DeckContext): SlidePlacement[] {
  return context.deck.sections.flatMap((section) => section.slides.map((slide) => placeSlide(slide, section.title, context)));
}

/** The boxes of one slide, under its section's name. */
export function placeSlide(
  slide: Pick<Slide, 'id' | 'kind' | 'title' | 'blocks' | 'reference'>,
  sectionTitle: string,
  context: Pick<DeckContext, 'vocabulary' | 'topics' | 'deck' | 'locale'>,
): SlidePlacement {
  const measure = new Measure(context.vocabulary, context.locale);
  if (slide.kind === 'title') return placeCover(slide, context.deck.meta.author, measure);
  const frame = contentFrame;
  const overflows: Overflow[] = [];
  const titleWidth = measure.width(slide.title, typeScale.title, 'bold');
  if (titleWidth > frame.title.w) overflows.push({ part: 'title', needed: titleWidth, available: frame.title.w });
  const head: Placed[] = [
    { id: 'section', role: 'section', box: frame.section, text: sectionTitle },
    { id: 'title', role: 'title', box: frame.title, text: slide.title, level: 2, lines: [slide.title] },
    { id: 'rule', role: 'rule', box: frame.rule, decorative: true },
  ];
  const body = slide.reference
    ? placeText(
        slide.blocks.filter((block): block is TextBlock => block.type === 'paragraph' || block.type === 'list'),
        frame.body,
        measure,
        [typeScale.reference],
      )
    : placeBody(slide.blocks, frame.body, measure, context.topics);
  overflows.push(...body.overflows);
  return {
    slideId: slide.id,
    kind: 'content',
    arrangement: body.arrangement,
    textSize: body.textSize,
    items: [...head, ...body.items, { id: 'number', role: 'number', box: frame.number }],
    overflows,
  };
}

function placeBody(blocks: readonly Block[], body: Region, measure: Measure, topics: readonly Topic[]): BodyPlacement {
  const charts = blocks.filter((block): block is ChartBlock => block.type === 'chart');
  const figures = blocks.flatMap((block) => (block.type === 'figure' ? [block.figure] : []));
  const texts = blocks.filter((block): block is TextBlock => block.type === 'paragraph' || block.type === 'list');
  const contents = blocks.find((block) => block.type === 'contents');
  const statement = blocks.find((block) => block.type === 'statement');
  if (contents) return placeContents(contents.entries, texts, body, measure);
  if (statement) return placeStatement(statement.statement, texts, body, measure);
  if (charts.length > 0) return placeCharts(charts, blocks, body, measure, topics);
  if (figures.length > 0) return placeFigures(figures, texts, body, measure, topics);
  return placeText(texts, body, measure);
}
