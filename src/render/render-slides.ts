import type { ChartView } from '../charts/chart-view.ts';
import { derivedNotes } from '../charts/derived-notes.ts';
import { toChartView } from '../charts/to-chart-view.ts';
import { formatNumber } from '../content/format-value.ts';
import type { Block, Deck, FigureSpec, Inline, Section, Slide } from '../content/schema.ts';
import { escapeHtml } from './escape-html.ts';
import { uiStrings } from './ui-strings.ts';

/** Deck → the reveal.js `<section>` elements, one per slide. Every text is escaped. */
export function renderSlides(deck: Deck): string {
  return deck.sections.flatMap((section) => section.slides.map((slide) => renderSlide(deck, section, slide))).join('\n');
}

function renderSlide(deck: Deck, section: Section, slide: Slide): string {
  const attributes = `id="${escapeHtml(slide.id)}" class="slide slide--${slide.kind} ${layoutOf(slide)}" data-section="${escapeHtml(section.title)}" data-source="${escapeHtml(`${slide.location.file}:${slide.location.line}`)}"`;
  const notes = `<aside class="notes">${slide.notes.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}</aside>`;
  if (slide.kind === 'title') {
    return `<section ${attributes}>
  <div class="title-slide">
    <p class="title-slide__org">${escapeHtml(deck.meta.author)}</p>
    <h1>${escapeHtml(slide.title)}</h1>
    ${slide.blocks.map((block) => renderBlock(block, slide)).join('\n    ')}
  </div>
  ${notes}
</section>`;
  }
  // Charts take the right-hand column; without a chart, big figures stand on the left.
  const charts = slide.blocks.filter((block) => block.type === 'chart');
  const figuresApart = charts.length === 0;
  const figures: Block[] = figuresApart ? slide.blocks.filter((block) => block.type === 'figure') : [];
  const text = slide.blocks.filter((block) => block.type !== 'chart' && !figures.includes(block));
  const column = (className: string, blocks: Block[]): string =>
    blocks.length > 0 ? `\n    <div class="${className}">${blocks.map((block) => renderBlock(block, slide)).join('\n')}</div>` : '';
  return `<section ${attributes}>
  <header class="slide__header">
    <p class="slide__section">${escapeHtml(section.title)}</p>
    <h2>${escapeHtml(slide.title)}</h2>
  </header>
  <div class="slide__body">${column('slide__figures', figures)}${column('slide__text', text)}${column('slide__visual', charts)}
  </div>
  ${notes}
</section>`;
}

function layoutOf(slide: Slide): string {
  if (slide.blocks.some((block) => block.type === 'chart')) return 'layout-chart';
  if (slide.blocks.some((block) => block.type === 'figure')) return 'layout-figure';
  return 'layout-text';
}

function renderBlock(block: Block, slide: Slide): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${renderInlines(block.inlines)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const itemClass = slide.fragments ? ' class="fragment"' : '';
      return `<${tag}>${block.items.map((item) => `<li${itemClass}>${renderInlines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'figure':
      return renderFigure(block.figure);
    case 'chart':
      return renderChart(
        block.id,
        toChartView(block.chart, { derivedMark: uiStrings.derivedMark }),
        derivedNotes(block.chart.items, uiStrings.derivedMark),
      );
  }
}

function renderInlines(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      let html = escapeHtml(inline.text);
      if (inline.em) html = `<em>${html}</em>`;
      if (inline.strong) html = `<strong>${html}</strong>`;
      return html;
    })
    .join('');
}

function renderFigure(figure: FigureSpec): string {
  const unitIsPercent = figure.unit?.startsWith('%') ?? false;
  const qualifier = figure.qualifier ? `<span class="figure__qualifier">${escapeHtml(figure.qualifier)}</span> ` : '';
  // A percent sign belongs to the number's size: "90%", not "90" and a small "%".
  const percent = unitIsPercent ? '%' : '';
  const unitText = (unitIsPercent ? figure.unit?.slice(1).trim() : figure.unit) ?? '';
  const unit = unitText ? ` <span class="figure__unit">${escapeHtml(unitText)}</span>` : '';
  const derived = figure.derived ? `<p class="figure__derived">${escapeHtml(`${uiStrings.derivedMark}: ${figure.derived}`)}</p>` : '';
  return `<div class="figure"><p class="figure__value">${qualifier}<span class="figure__number">${escapeHtml(formatNumber(figure.value) + percent)}</span>${unit}</p><p class="figure__label">${escapeHtml(figure.label)}</p>${derived}</div>`;
}

function renderChart(id: string, view: ChartView, derivedNotes: readonly string[]): string {
  const description = view.items.map((item) => `${item.label}: ${item.lines.join(' ')}`).join('; ');
  const rows = view.items
    .map((item) => `<tr><th scope="row">${escapeHtml(item.label)}</th><td>${escapeHtml(item.lines.join(' '))}</td></tr>`)
    .join('');
  const notes = derivedNotes.map((note) => `<p class="chart__derived">${escapeHtml(note)}</p>`).join('');
  return `<figure class="chart" id="${escapeHtml(id)}">
      <figcaption class="chart__title">${escapeHtml(view.title)}</figcaption>
      <div class="chart__box"><canvas role="img" aria-label="${escapeHtml(`${uiStrings.chartLabel}: ${view.title}. ${description}`)}" data-chart="${escapeHtml(JSON.stringify(view))}"></canvas></div>
      <table class="sr-only"><caption>${escapeHtml(view.title)}</caption><thead><tr><th scope="col">${uiStrings.tableItem}</th><th scope="col">${uiStrings.tableValue}</th></tr></thead><tbody>${rows}</tbody></table>
      ${notes}
    </figure>`;
}
