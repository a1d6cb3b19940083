import type { ChartView } from '../charts/chart-view.ts';
import { derivedNotes } from '../charts/derived-notes.ts';
import { toChartView } from '../charts/to-chart-view.ts';
import type { Block, Deck, FigureSpec, Inline, Section, Slide } from '../model/deck.ts';
import { slideLayout } from '../model/layout.ts';
import type { Locale } from '../model/locale.ts';
import { chartDataFile } from '../model/output-files.ts';
import { quantityParts } from '../model/quantity.ts';
import { escapeHtml } from './escape-html.ts';
import { SourceMarkers } from './render-source-markers.ts';

/** Deck → the reveal.js `<section>` elements, one per slide. Every text is escaped. */
export function renderSlides(deck: Deck, locale: Locale): string {
  return deck.sections.flatMap((section) => section.slides.map((slide) => renderSlide(deck, section, slide, locale))).join('\n');
}

function renderSlide(deck: Deck, section: Section, slide: Slide, locale: Locale): string {
  const layout = slideLayout(slide);
  const appendix = section.appendix ? ' slide--appendix' : '';
  const attributes = `id="${escapeHtml(slide.id)}" class="slide slide--${slide.kind}${appendix} layout-${layout.kind}" data-section="${escapeHtml(section.title)}" data-source="${escapeHtml(`${slide.location.file}:${slide.location.line}`)}"`;
  const notes = `<aside class="notes">${slide.notes.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('')}</aside>`;
  const markers = new SourceMarkers(slide.id, deck, locale);
  const blocks = (list: readonly Block[]): string => list.map((block) => renderBlock(block, slide, locale, markers)).join('\n');
  if (layout.kind === 'title') {
    return `<section ${attributes}>
  <div class="title-slide">
    <p class="title-slide__org">${escapeHtml(deck.meta.author)}</p>
    <h1>${escapeHtml(slide.title)}</h1>
    ${blocks(layout.blocks)}
  </div>
  ${markers.render()}
  ${notes}
</section>`;
  }
  const column = (className: string, list: readonly Block[]): string =>
    list.length > 0 ? `\n    <div class="${className}">${blocks(list)}</div>` : '';
  const body =
    layout.kind === 'chart'
      ? column('slide__text', layout.text) + column('slide__visual', layout.charts)
      : layout.kind === 'figure'
        ? column('slide__figures', layout.figures) + column('slide__text', layout.text)
        : column('slide__text', layout.text);
  return `<section ${attributes}>
  <header class="slide__header">
    <p class="slide__section">${escapeHtml(section.title)}</p>
    <h2>${escapeHtml(slide.title)}</h2>
  </header>
  <div class="slide__body">${body}
  </div>
  ${markers.render()}
  ${notes}
</section>`;
}

function renderBlock(block: Block, slide: Slide, locale: Locale, markers: SourceMarkers): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${renderInlines(block.inlines)}${markers.marker([{ quotes: block.sources ?? [] }])}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const itemClass = slide.fragments ? ' class="fragment"' : '';
      const item = (inlines: Inline[], index: number): string =>
        `<li${itemClass}>${renderInlines(inlines)}${markers.marker([{ quotes: block.sources?.[index] ?? [] }])}</li>`;
      return `<${tag}>${block.items.map(item).join('')}</${tag}>`;
    }
    case 'figure':
      return renderFigure(block.figure, locale, markers.marker([{ quotes: block.figure.source ?? [] }]));
    case 'chart': {
      const charts = slide.blocks.filter((candidate) => candidate.type === 'chart');
      const extras = {
        marker: markers.marker(block.chart.items.map((item) => ({ label: item.label, quotes: item.source ?? [] }))),
        dataFile: chartDataFile(slide, charts.indexOf(block)),
      };
      return renderChart(
        block.id,
        toChartView(block.chart, locale),
        derivedNotes(block.chart.items, locale.strings.derivedMark),
        locale,
        extras,
      );
    }
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

function renderFigure(figure: FigureSpec, locale: Locale, marker: string): string {
  const parts = quantityParts(figure, locale);
  const qualifier = parts.qualifier ? `<span class="figure__qualifier">${escapeHtml(parts.qualifier)}</span> ` : '';
  // A unit that sticks to its number takes the number's size: "90%", not "90" and a small "%".
  const number = parts.unitAttached ? `${parts.number}${parts.unit ?? ''}` : parts.number;
  const unit = parts.unit && !parts.unitAttached ? ` <span class="figure__unit">${escapeHtml(parts.unit)}</span>` : '';
  const derived = figure.derived ? `<p class="figure__derived">${escapeHtml(`${locale.strings.derivedMark}: ${figure.derived}`)}</p>` : '';
  return `<div class="figure"><p class="figure__value">${qualifier}<span class="figure__number">${escapeHtml(number)}</span>${unit}</p><p class="figure__label">${escapeHtml(figure.label)}${marker}</p>${derived}</div>`;
}

function renderChart(
  id: string,
  view: ChartView,
  derivedNotes: readonly string[],
  locale: Locale,
  extras: { marker: string; dataFile: string },
): string {
  const { strings } = locale;
  const description = view.items.map((item) => `${item.label}: ${item.lines.join(' ')}`).join('; ');
  const rows = view.items
    .map((item) => `<tr><th scope="row">${escapeHtml(item.label)}</th><td>${escapeHtml(item.lines.join(' '))}</td></tr>`)
    .join('');
  const notes = derivedNotes.map((note) => `<p class="chart__derived">${escapeHtml(note)}</p>`).join('');
  return `<figure class="chart" id="${escapeHtml(id)}">
      <figcaption class="chart__title">${escapeHtml(view.title)}${extras.marker}</figcaption>
      <div class="chart__box"><canvas role="img" aria-label="${escapeHtml(`${strings.chartLabel}: ${view.title}. ${description}`)}" data-chart="${escapeHtml(JSON.stringify(view))}"></canvas></div>
      <table class="sr-only"><caption>${escapeHtml(view.title)}</caption><thead><tr><th scope="col">${escapeHtml(strings.tableItem)}</th><th scope="col">${escapeHtml(strings.tableValue)}</th></tr></thead><tbody>${rows}</tbody></table>
      ${notes}
      <a class="chart__data" href="./${escapeHtml(extras.dataFile)}" download>${escapeHtml(locale.meetingPack.chartData)}</a>
    </figure>`;
}
