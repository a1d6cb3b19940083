import type { ChartView } from '../charts/chart-view.ts';
import { derivedNotes } from '../charts/derived-notes.ts';
import { toChartView } from '../charts/to-chart-view.ts';
import { allSlides, type Block, type FigureSpec, type Inline, type Section, type Slide, type Topic } from '../model/deck.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { type SlideLayout, slideLayout } from '../model/layout.ts';
import type { Locale } from '../model/locale.ts';
import { chartDataFile } from '../model/output-files.ts';
import { findKeptRanges, type QuantityVocabulary, quantityParts, withKeptRanges } from '../model/quantity.ts';
import { escapeHtml } from './escape-html.ts';
import { SourceMarkers } from './render-source-markers.ts';

/** What every slide of one deck is rendered with. */
interface RenderContext extends DeckContext {
  total: number;
}

/** Deck → the reveal.js `<section>` elements, one per slide. Every text is escaped. */
export function renderSlides(deckContext: DeckContext): string {
  const { deck } = deckContext;
  const context: RenderContext = { ...deckContext, total: allSlides(deck).length };
  return deck.sections.flatMap((section) => section.slides.map((slide) => renderSlide(section, slide, context))).join('\n');
}

/** The classes that carry the model's layout decision (src/model/layout.ts) to the stylesheet. */
function layoutClasses(layout: SlideLayout): string[] {
  switch (layout.kind) {
    case 'title':
      return ['layout-title'];
    case 'chart':
      return ['layout-chart', `text--${layout.textSize}`];
    case 'figure':
      return [
        'layout-figure',
        `figures--${layout.arrangement}`,
        `figures--${layout.figureSize}`,
        `figures--share-${Math.round(layout.columnShare * 100)}`,
        `text--${layout.textSize}`,
      ];
    case 'text':
      return ['layout-text', `text--${layout.textSize}`, `list-columns-${layout.listColumns}`];
  }
}

function renderSlide(section: Section, slide: Slide, context: RenderContext): string {
  const layout = slideLayout(slide);
  const classes = ['slide', `slide--${slide.kind}`, ...(section.appendix ? ['slide--appendix'] : []), ...layoutClasses(layout)].join(' ');
  const attributes = `id="${escapeHtml(slide.id)}" class="${classes}" data-section="${escapeHtml(section.title)}" data-source="${escapeHtml(`${slide.location.file}:${slide.location.line}`)}"`;
  const notes = renderNotes(slide, context.locale, context.vocabulary);
  const markers = new SourceMarkers(slide.id, context.deck, context.locale);
  const blocks = (list: readonly Block[]): string => list.map((block) => renderBlock(block, slide, context, markers)).join('\n');
  const text = (value: string): string => renderText(value, context.vocabulary);
  if (layout.kind === 'title') {
    const { author } = context.deck.meta;
    return `<section ${attributes}>
  <div class="title-slide">
    ${author ? `<p class="title-slide__org">${text(author)}</p>` : ''}
    <h1>${text(slide.title)}</h1>
    ${blocks(layout.blocks)}
  </div>
  ${markers.render()}
  ${notes}
</section>`;
  }
  const column = (className: string, list: readonly Block[]): string =>
    list.length > 0 ? `\n      <div class="${className}">${blocks(list)}</div>` : '';
  const body =
    layout.kind === 'chart'
      ? column('slide__text', layout.text) + column(`slide__visual charts-${layout.charts.length}`, layout.charts)
      : layout.kind === 'figure'
        ? column('slide__figures', layout.figures) + column('slide__text', layout.text)
        : column('slide__text', layout.text);
  return `<section ${attributes}>
  <div class="slide__frame">
    <header class="slide__header">
      <p class="slide__section">${text(section.title)}</p>
      <h2>${text(slide.title)}</h2>
    </header>
    <div class="slide__body">${body}
    </div>
    <p class="slide__number" aria-hidden="true">${slide.number} / ${context.total}</p>
  </div>
  ${markers.render()}
  ${notes}
</section>`;
}

/**
 * The spoken script in reveal.js's `<aside class="notes">`, and the presenter hints in an aside of
 * their own, one <p> per paragraph, which the speaker console and the remote show in their hints
 * panel, apart from the script (src/deck/speaker/talk-slides.ts). Neither is shown on the slide.
 */
function renderNotes(slide: Slide, locale: Locale, vocabulary: QuantityVocabulary): string {
  // Plain text (the console reads it as such), with no-break spaces where a quantity or phrase must stay whole.
  const paragraphs = (list: readonly string[]): string =>
    list.map((paragraph) => `<p>${escapeHtml(withKeptRanges(paragraph, vocabulary))}</p>`).join('');
  const hints = slide.hints ?? [];
  const hint =
    hints.length > 0
      ? `<aside class="presenter-hints" aria-label="${escapeHtml(locale.strings.hintLabel)}">${paragraphs(hints)}</aside>`
      : '';
  return `<aside class="notes">${paragraphs(slide.notes)}</aside>${hint}`;
}

function renderBlock(block: Block, slide: Slide, context: RenderContext, markers: SourceMarkers): string {
  const { vocabulary } = context;
  switch (block.type) {
    case 'paragraph':
      return `<p>${renderInlines(block.inlines, vocabulary)}${markers.marker([{ quotes: block.sources ?? [] }])}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const itemClass = slide.fragments ? ' class="fragment"' : '';
      const item = (inlines: Inline[], index: number): string =>
        `<li${itemClass}>${renderInlines(inlines, vocabulary)}${markers.marker([{ quotes: block.sources?.[index] ?? [] }])}</li>`;
      return `<${tag}>${block.items.map(item).join('')}</${tag}>`;
    }
    case 'figure':
      return renderFigure(block.figure, context, markers.marker([{ quotes: block.figure.source ?? [] }]));
    case 'chart': {
      const charts = slide.blocks.filter((candidate) => candidate.type === 'chart');
      const index = charts.indexOf(block);
      const extras = {
        marker: markers.marker(block.chart.items.map((item) => ({ label: item.label, quotes: item.source ?? [] }))),
        dataFile: chartDataFile(slide, index),
      };
      const views = charts.map((chart) => toChartView(chart.chart, context.locale, context.topics));
      const categoryLines = Math.max(1, ...views.flatMap((view) => view.items.map((item) => item.labelLines.length)));
      const view = views[index];
      if (!view) throw new Error(`chart ${block.id} is not among its slide's charts`);
      return renderChart(
        block.id,
        { ...view, categoryLines },
        derivedNotes(block.chart.items, context.locale.strings.derivedMark),
        context,
        extras,
      );
    }
  }
}

/** Text with every quantity and code in a span that does not break. */
function renderText(text: string, vocabulary: QuantityVocabulary): string {
  return renderInlines([{ text }], vocabulary);
}

/**
 * Inline runs, bold and italic, with each quantity ("trên 80 lượt người") or code ("12-KH/HM")
 * kept on one line: runs are cut where a kept range starts or ends, so the range's span can
 * wrap whole runs, bold or not.
 */
function renderInlines(inlines: readonly Inline[], vocabulary: QuantityVocabulary): string {
  const text = inlines.map((inline) => inline.text).join('');
  const ranges = findKeptRanges(text, vocabulary);
  const cuts = new Set<number>([0, text.length]);
  let offset = 0;
  for (const inline of inlines) {
    cuts.add(offset);
    offset += inline.text.length;
  }
  for (const range of ranges) cuts.add(range.start).add(range.end);
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  let open = false;
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? 0;
    const inside = ranges.some((range) => range.start <= start && end <= range.end);
    if (inside && !open) html += '<span class="nowrap">';
    if (!inside && open) html += '</span>';
    open = inside;
    html += renderPiece(text.slice(start, end), inlineAt(inlines, start));
  }
  return open ? `${html}</span>` : html;
}

function inlineAt(inlines: readonly Inline[], position: number): Inline | undefined {
  let offset = 0;
  for (const inline of inlines) {
    if (position < offset + inline.text.length) return inline;
    offset += inline.text.length;
  }
  return undefined;
}

function renderPiece(text: string, inline: Inline | undefined): string {
  let html = escapeHtml(text);
  if (inline?.em) html = `<em>${html}</em>`;
  if (inline?.strong) html = `<strong>${html}</strong>`;
  return html;
}

/** The class that gives a figure or swatch its topic's colour (deck.yaml's order), or the neutral one. */
function topicClass(topicId: string | undefined, topics: readonly Topic[]): string {
  const index = topicId === undefined ? -1 : topics.findIndex((topic) => topic.id === topicId);
  return index < 0 ? 'topic-none' : `topic-${index + 1}`;
}

function renderFigure(figure: FigureSpec, context: RenderContext, marker: string): string {
  const { locale, topics, vocabulary } = context;
  const parts = quantityParts(figure, locale);
  const qualifier = parts.qualifier ? `<span class="figure__qualifier">${escapeHtml(parts.qualifier)}</span> ` : '';
  // A unit that sticks to its number takes the number's size: "90%", not "90" and a small "%".
  const number = parts.unitAttached ? `${parts.number}${parts.unit ?? ''}` : parts.number;
  const unit = parts.unit && !parts.unitAttached ? ` <span class="figure__unit">${escapeHtml(parts.unit)}</span>` : '';
  const topic = topics.find((candidate) => candidate.id === figure.topic);
  const kicker = topic ? `<p class="figure__topic">${escapeHtml(topic.label)}</p>` : '';
  const derived = figure.derived
    ? `<p class="figure__derived"><strong>${escapeHtml(locale.strings.derivedMark)}:</strong> ${renderText(figure.derived, vocabulary)}</p>`
    : '';
  const derivedClass = figure.derived ? ' figure--derived' : '';
  return `<div class="figure ${topicClass(figure.topic, topics)}${derivedClass}">${kicker}<p class="figure__value">${qualifier}<span class="figure__number">${escapeHtml(number)}</span>${unit}</p><p class="figure__label">${renderText(figure.label, vocabulary)}${marker}</p>${derived}</div>`;
}

function renderChart(
  id: string,
  view: ChartView,
  notes: readonly string[],
  context: RenderContext,
  extras: { marker: string; dataFile: string },
): string {
  const { strings } = context.locale;
  const description = view.items.map((item) => `${item.label}: ${item.lines.join(' ')}`).join('; ');
  const rows = view.items
    .map((item) => `<tr><th scope="row">${escapeHtml(item.label)}</th><td>${escapeHtml(item.lines.join(' '))}</td></tr>`)
    .join('');
  // Each explanation sits beside a swatch of the hatched bar it explains.
  const derived = view.items.filter((item) => item.derived);
  const explanations = notes
    .map((note, index) => {
      const item = derived[index];
      const [head = '', ...rest] = note.split(': ');
      const swatch = `<span class="derived-swatch ${topicClass(item?.topicId, context.topics)}" aria-hidden="true"></span>`;
      return `<p class="chart__derived">${swatch}<span><strong>${escapeHtml(head)}:</strong> ${renderText(rest.join(': '), context.vocabulary)}</span></p>`;
    })
    .join('');
  return `<figure class="chart" id="${escapeHtml(id)}">
        <figcaption class="chart__title">${renderText(view.title, context.vocabulary)}${extras.marker}</figcaption>
        <div class="chart__box"><canvas role="img" aria-label="${escapeHtml(`${strings.chartLabel}: ${view.title}. ${description}`)}" data-chart="${escapeHtml(JSON.stringify(view))}"></canvas></div>
        <table class="sr-only"><caption>${escapeHtml(view.title)}</caption><thead><tr><th scope="col">${escapeHtml(strings.tableItem)}</th><th scope="col">${escapeHtml(strings.tableValue)}</th></tr></thead><tbody>${rows}</tbody></table>
        ${explanations}
        <a class="chart__data" href="./${escapeHtml(extras.dataFile)}" download>${escapeHtml(context.locale.meetingPack.chartData)}</a>
      </figure>`;
}
