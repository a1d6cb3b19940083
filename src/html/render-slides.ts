import type { ChartView } from '../charts/chart-view.ts';
import { slideChartViews } from '../charts/to-chart-view.ts';
import {
  allSlides,
  type ContentsEntry,
  findTopic,
  type Inline,
  type Section,
  type Slide,
  type StatementSpec,
  type TextBlock,
  type Topic,
} from '../model/deck.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { chartDataFile } from '../model/output-files.ts';
import { type Placed, type PlacedChart, type PlacedFigure, placeSlide } from '../model/placement.ts';
import { findKeptRanges, type QuantityVocabulary, quantityParts, withKeptRanges } from '../model/quantity.ts';
import { fillIn } from '../model/speaker-strings.ts';
import { typeScale } from '../model/typography.ts';
import { escapeHtml } from './escape-html.ts';
import { type MarkerEntry, SourceMarkers } from './render-source-markers.ts';

/** What every slide of one deck is rendered with. */
interface RenderContext extends DeckContext {
  total: number;
}

/**
 * Deck → the reveal.js `<section>` elements, one per slide, every element in the box the model
 * placed it in (src/model/placement.ts; the boxes reach the stylesheet through
 * src/site/placement-css.ts): each carries `data-place`, its parts `data-part`. Every text is escaped.
 */
export function renderSlides(deckContext: DeckContext): string {
  const { deck } = deckContext;
  const context: RenderContext = { ...deckContext, total: allSlides(deck).length };
  return deck.sections.flatMap((section) => section.slides.map((slide) => renderSlide(section, slide, context))).join('\n');
}

/** Renders one slide's placed elements, in reading order, with what each needs. */
class SlideRenderer {
  readonly markers: SourceMarkers;
  private readonly views: Map<unknown, ChartView>;

  constructor(
    readonly slide: Slide,
    readonly context: RenderContext,
  ) {
    this.markers = new SourceMarkers(slide.id, context.deck, context.locale);
    this.views = slideChartViews(slide, context);
  }

  /** Text with its kept ranges whole, and a source marker, if any, on the line of the last word. */
  text(value: string, marker = ''): string {
    return renderInlines([{ text: value }], this.context.vocabulary, marker);
  }

  placed(item: Placed): string {
    const place = `data-place="${escapeHtml(item.id)}"`;
    const { locale } = this.context;
    switch (item.role) {
      case 'section':
        return `<p class="slide__section" ${place}>${this.text(item.text)}</p>`;
      case 'title': {
        const tag = item.level === 1 ? 'h1' : 'h2';
        // The cover's title in the lines the model balanced; they run on as one text on a phone.
        const lines = item.lines.map((line) => `<span class="line">${this.text(line)}</span>`).join(' ');
        return `<${tag} class="slide__title" ${place}>${lines}</${tag}>`;
      }
      case 'org':
        return `<p class="cover__org" ${place}>${this.text(item.text)}</p>`;
      case 'rule':
        return `<div class="slide__rule" ${place} aria-hidden="true"></div>`;
      case 'cover':
        return `<div class="cover" ${place} aria-hidden="true"></div>`;
      case 'number':
        return `<p class="slide__number" ${place} aria-hidden="true">${escapeHtml(fillIn(locale.strings.pageNumber, this.slide.number, this.context.total))}</p>`;
      case 'topic':
        return `<p class="topic-label ${topicClass(item.topic.id, this.context.topics)}" ${place}>${escapeHtml(item.topic.label)}</p>`;
      case 'text': {
        const size =
          item.size === typeScale.bodyDense ? ' slide__text--dense' : item.size === typeScale.reference ? ' slide__text--reference' : '';
        return `<div class="slide__text${size}" ${place}>${item.blocks.map((block) => this.block(block)).join('')}</div>`;
      }
      case 'figure':
        return this.figure(item, place);
      case 'chart':
        return this.chart(item, place);
      case 'statement':
        return this.statement(item.statement, place);
      case 'contents':
        return this.contents(item.entries, place);
    }
  }

  block(block: TextBlock): string {
    const { vocabulary } = this.context;
    if (block.type === 'paragraph')
      return `<p>${renderInlines(block.inlines, vocabulary, this.markers.marker([{ quotes: block.sources ?? [] }]))}</p>`;
    const tag = block.ordered ? 'ol' : 'ul';
    const start = block.ordered && block.start && block.start > 1 ? ` start="${block.start}"` : '';
    const itemClass = this.slide.fragments ? ' class="fragment"' : '';
    const item = (inlines: Inline[], index: number): string =>
      `<li${itemClass}>${renderInlines(inlines, vocabulary, this.markers.marker([{ quotes: block.sources?.[index] ?? [] }]))}</li>`;
    return `<${tag}${start}>${block.items.map(item).join('')}</${tag}>`;
  }

  figure(item: PlacedFigure, place: string): string {
    const { figure } = item;
    const { locale, topics } = this.context;
    const parts = quantityParts(figure, locale);
    const qualifier = parts.qualifier ? `<span class="figure__qualifier">${escapeHtml(parts.qualifier)}</span> ` : '';
    // A unit that sticks to its number takes the number's size: "90%", not "90" and a small "%".
    const number = parts.unitAttached ? `${parts.number}${parts.unit ?? ''}` : parts.number;
    const unit = parts.unit && !parts.unitAttached ? ` <span class="figure__unit">${escapeHtml(parts.unit)}</span>` : '';
    const marker = this.markers.marker([{ quotes: figure.source ?? [], ...(figure.year === undefined ? {} : { year: figure.year }) }]);
    const derived = figure.derived
      ? `<p class="figure__derived"><strong>${escapeHtml(locale.strings.derivedMark)}:</strong> ${this.text(figure.derived)}</p>`
      : '';
    const classes = [
      'figure',
      `figure--${item.orientation}`,
      `figure--${item.size}`,
      topicClass(figure.topic, topics),
      ...(figure.derived ? ['figure--derived'] : []),
    ];
    return `<div class="${classes.join(' ')}" ${place}><p class="figure__value" data-part="value">${qualifier}<span class="figure__number">${escapeHtml(number)}</span>${unit}</p><div class="figure__about" data-part="label"><p class="figure__label">${this.text(figure.label, marker)}</p>${derived}</div></div>`;
  }

  chart(item: PlacedChart, place: string): string {
    const { block } = item;
    const view = this.views.get(block);
    if (!view) throw new Error(`chart ${block.id} is not among its slide's charts`);
    const { strings, meetingPack } = this.context.locale;
    const index = this.slide.blocks.filter((candidate) => candidate.type === 'chart').indexOf(block);
    const marker = this.markers.marker(
      block.chart.items.map(
        (quantity): MarkerEntry => ({
          label: quantity.label,
          quotes: quantity.source ?? [],
          ...(quantity.year === undefined ? {} : { year: quantity.year }),
        }),
      ),
    );
    const tableId = `${block.id}-bang`;
    const rows = view.items
      .map((entry) => `<tr><th scope="row">${escapeHtml(entry.label)}</th><td>${this.text(entry.lines.join(' '))}</td></tr>`)
      .join('');
    const derived = view.items.filter((entry) => entry.derived);
    // Each explanation sits beside a swatch of the hatched bar it explains.
    const notes = view.notes
      .map((note, noteIndex) => {
        const swatch = `<span class="derived-swatch ${topicClass(derived[noteIndex]?.topicId, this.context.topics)}" aria-hidden="true"></span>`;
        return `<p class="chart__derived">${swatch}<span><strong>${escapeHtml(`${note.label} ${note.mark}`)}:</strong> ${this.text(note.text)}</span></p>`;
      })
      .join('');
    const dataFile = chartDataFile(this.slide, index);
    return `<figure class="chart" id="${escapeHtml(block.id)}" ${place}>
        <figcaption class="chart__title" data-part="title">${this.text(view.title, marker)}</figcaption>
        <div class="chart__box" data-part="plot"><canvas role="img" aria-label="${escapeHtml(view.name)}" aria-describedby="${escapeHtml(tableId)}" data-chart="${escapeHtml(JSON.stringify(view))}"></canvas><table class="chart__table sr-only" id="${escapeHtml(tableId)}"><caption>${escapeHtml(view.title)}</caption><thead><tr><th scope="col">${escapeHtml(strings.tableItem)}</th><th scope="col">${escapeHtml(strings.tableValue)}</th></tr></thead><tbody>${rows}</tbody></table></div>
        ${notes ? `<div class="chart__notes" data-part="notes">${notes}</div>` : ''}
        <p class="chart__tools reader-only"><button type="button" class="chart__show-table" aria-expanded="false" aria-controls="${escapeHtml(tableId)}">${escapeHtml(meetingPack.chartTable)}</button><a class="chart__data" href="./${escapeHtml(dataFile)}" download>${escapeHtml(meetingPack.chartData)}</a></p>
      </figure>`;
  }

  statement(statement: StatementSpec, place: string): string {
    const marker = this.markers.marker([{ quotes: statement.source ?? [] }]);
    const role = statement.role ? `<span class="statement__role">${this.text(statement.role)}</span>` : '';
    return `<div class="statement" ${place}><span class="statement__bar" data-part="bar" aria-hidden="true"></span><p class="statement__text" data-part="text">${this.text(statement.text, marker)}</p><p class="statement__by" data-part="attribution"><strong>${this.text(statement.by)}</strong>${role}</p></div>`;
  }

  contents(entries: readonly (ContentsEntry & { number: number })[], place: string): string {
    const items = entries
      .map(
        (entry) =>
          `<li data-part="entry-${entry.number}"><span class="contents__number" aria-hidden="true">${entry.number}</span><span class="contents__title">${this.text(entry.title)}</span></li>`,
      )
      .join('');
    return `<ol class="contents" ${place}>${items}</ol>`;
  }
}

function renderSlide(section: Section, slide: Slide, context: RenderContext): string {
  const placement = placeSlide(slide, section.title, context);
  const renderer = new SlideRenderer(slide, context);
  const classes = [
    'slide',
    `slide--${slide.kind}`,
    ...(section.appendix ? ['slide--appendix'] : []),
    `arrangement-${placement.arrangement}`,
  ].join(' ');
  const attributes = `id="${escapeHtml(slide.id)}" class="${classes}" data-section="${escapeHtml(section.title)}" data-source="${escapeHtml(`${slide.location.file}:${slide.location.line}`)}"`;
  const elements = placement.items.map((item) => `    ${renderer.placed(item)}`).join('\n');
  return `<section ${attributes}>
  <div class="slide__frame">
${elements}
  </div>
  ${renderer.markers.render()}
  ${renderNotes(slide, context)}
</section>`;
}

/**
 * The spoken script in reveal.js's `<aside class="notes">`, and the presenter hints in an aside of
 * their own, one <p> per paragraph, which the speaker console and the remote show in their hints
 * panel, apart from the script (src/deck/speaker/talk-slides.ts). Neither is shown on the slide.
 */
function renderNotes(slide: Slide, { locale, vocabulary }: DeckContext): string {
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

/**
 * Inline runs, bold and italic, with each quantity ("trên 80 lượt người") or code ("12-KH/HM")
 * kept on one line: runs are cut where a kept range starts or ends, so the range's span can
 * wrap whole runs, bold or not. A `suffix` (a source marker) stays on the line of the last word.
 */
function renderInlines(inlines: readonly Inline[], vocabulary: QuantityVocabulary, suffix = ''): string {
  const text = inlines.map((inline) => inline.text).join('');
  const ranges = findKeptRanges(text, vocabulary);
  const lastWord = text.search(/\S+\s*$/);
  if (suffix && lastWord >= 0 && !ranges.some((range) => range.start <= lastWord && range.end >= text.trimEnd().length))
    ranges.push({ start: lastWord, end: text.trimEnd().length, kind: 'ending' });
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
  return open ? `${html}${suffix}</span>` : `${html}${suffix}`;
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
  const found = findTopic(topics, topicId);
  return found ? `topic-${found.index + 1}` : 'topic-none';
}
