import Reveal from 'reveal.js';
import type { ChartKit } from '../charts/register-charts.ts';
import type { ChartTheme } from '../charts/theme.ts';
import { slideGeometry } from '../model/geometry.ts';
import { adoptPrintPageSize } from './adopt-print-page-size.ts';
import { ChartMounter } from './chart-mounter.ts';
import { ChartTables } from './chart-tables.ts';
import { declareSlideBackgrounds } from './declare-slide-backgrounds.ts';
import { bindDownloadsMenu } from './downloads-menu.ts';
import { isPrintView } from './is-print-view.ts';
import { lightPrintConfig } from './light-print-config.ts';
import { preparePrintTags } from './prepare-print-tags.ts';
import { ReadingLayout } from './reading-layout.ts';
import { signalError, signalReady } from './ready-signal.ts';
import { RoomView } from './room-view.ts';
import { setLandmarks } from './set-landmarks.ts';
import { SourceMarkers } from './source-markers.ts';
import { readSpeakerUi } from './speaker/speaker-ui.ts';

type RevealDeck = InstanceType<typeof Reveal>;

export interface StartDeckOptions {
  /** Loads Chart.js with the parts the deck uses registered, and the chart configurations: only once a slide with a chart is near. */
  loadCharts: () => Promise<ChartKit>;
  theme: ChartTheme;
  /** A slide preview inside the speaker console: charts are drawn at once, without animation. */
  preview?: boolean;
}

export async function startDeck({ loadCharts, theme, preview = false }: StartDeckOptions): Promise<RevealDeck> {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const printing = isPrintView();
  declareSlideBackgrounds(document.querySelector('.reveal .slides') ?? document);
  const deck = new Reveal({
    width: slideGeometry.width,
    height: slideGeometry.height,
    // In print, each page is exactly one slide (reveal.js adds the margin to the page size).
    margin: printing ? 0 : 0.04,
    hash: true,
    respondToHashChanges: true,
    // Each slide prints its own number in its bottom margin (render-slides.ts), in every output.
    slideNumber: false,
    center: false,
    // The arrows sit in the middle of the slide's side margins, clear of the page number in its bottom corner.
    controlsLayout: 'edges',
    // No bouncing arrow on the first slide: it distracts the room, and keeps the page drawing frames.
    controlsTutorial: false,
    transition: reducedMotion ? 'none' : 'slide',
    backgroundTransition: reducedMotion ? 'none' : 'fade',
    pdfSeparateFragments: false,
    // reveal.js's own scroll view keeps the 16:9 slide and shrinks it; ReadingLayout reflows instead.
    scrollActivationWidth: 0,
    ...(printing ? lightPrintConfig : {}),
  });
  window.Reveal = deck;
  let reading: ReadingLayout | undefined;
  // Each canvas as many pixels as its chart covers: reveal.js scales the slide, except on the
  // phone's reading page and in print, where charts print as vector shapes.
  const pixelRatio = (): number =>
    printing || reading?.isActive() ? window.devicePixelRatio : window.devicePixelRatio * Math.max(1, deck.getScale());
  const mounter = new ChartMounter(loadCharts, theme, pixelRatio);
  // Print draws every chart: Chart.js loads while reveal.js lays the pages out.
  if (printing) mounter.prepare(document.querySelector('.reveal .slides') ?? undefined);

  // The print view lays slides out on window load and then fires pdf-ready; listen first.
  const pdfReady = new Promise<void>((resolve) => deck.on('pdf-ready', () => resolve(), { once: true }));
  await deck.initialize();
  setLandmarks(deck, document.title);
  // Chart.js loads alongside the fonts when the first slide shown has a chart.
  if (!printing) mounter.prepare(deck.getCurrentSlide());
  await document.fonts.ready;

  if (printing) {
    const { width, height } = deck.getConfig();
    adoptPrintPageSize({ width: Number(width), height: Number(height) });
    await pdfReady;
    // Print pages include cloned fragment steps; charts made now are drawn on every copy.
    await mounter.mountForPrint(deck.getSlidesElement() ?? document);
    preparePrintTags(deck.getSlidesElement() ?? document);
    window.addEventListener('beforeprint', () => mounter.redrawAll());
    signalReady('print');
    return deck;
  }

  // Exports of slide images ask for the bare slides (reveal.js's controls=false): no menu, no markers.
  if (new URLSearchParams(window.location.search).get('controls') === 'false') document.documentElement.classList.add('deck-bare');
  const sources = new SourceMarkers(deck.getRevealElement() as HTMLElement);
  sources.bind();
  new ChartTables(deck.getRevealElement() as HTMLElement).bind();
  deck.on('slidechanged', () => sources.closeAll());
  deck.on('overviewshown', () => sources.closeAll());
  bindDownloadsMenu(document.querySelector<HTMLDetailsElement>('.downloads details'));
  new RoomView(deck, readSpeakerUi().strings.resume, preview).bind();

  const animate = !reducedMotion && !preview;
  // On a phone the slides form one page: a chart is drawn once, when it scrolls near.
  reading = new ReadingLayout({
    deck,
    showCharts: (slide) => {
      if (slide.querySelector('canvas[data-chart]:not([data-chart-state])')) void mounter.mountIn(slide, animate);
    },
  });
  deck.on('slidechanged', (event) => {
    if (reading.isActive()) return;
    const { currentSlide, previousSlide } = event as unknown as { currentSlide: HTMLElement; previousSlide?: HTMLElement };
    if (previousSlide && previousSlide !== currentSlide) mounter.release(previousSlide);
    void mounter.mountIn(currentSlide, animate);
    mounter.prepare(nextSlide(currentSlide));
  });
  reading.bind();
  deck.on('resize', () => mounter.sharpen());
  window.addEventListener('beforeprint', () => mounter.redrawAll());
  await mounter.mountIn(deck.getCurrentSlide(), animate);
  signalReady('screen');
  mounter.prepare(nextSlide(deck.getCurrentSlide()));
  return deck;
}

/** The slide after `slide`, where a chart may soon be shown. */
function nextSlide(slide: Element | undefined): Element | undefined {
  return slide?.nextElementSibling ?? undefined;
}

export function reportStartFailure(error: unknown): void {
  signalError(error);
  console.error(error);
}
