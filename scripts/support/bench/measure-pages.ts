import type { Browser } from 'puppeteer';
import { launchBrowser } from '../../../src/browser/chromium.ts';
import { serveDist } from '../../../src/browser/serve-dist.ts';
import type { BenchContext } from './bench-context.ts';
import { compare, interleave, type Row } from './row.ts';
import { type Breakdown, medianBreakdown, traceVisit } from './trace-visit.ts';
import { type VisitOptions, type VisitTimes, visitDeck } from './visit-deck.ts';

export type PageView = 'screen' | 'print' | 'phone';

export interface PageResults {
  rows: Row[];
  /** Where each measure's main-thread time goes, ours and the blank deck's. */
  breakdowns: { label: string; ours: Breakdown; blank: Breakdown }[];
}

interface PageMeasure {
  view: PageView;
  label: string;
  options: VisitOptions;
  /** A slide to open, such as a chart slide: ours by its id ("#/slide-id"), the blank deck's by its number. */
  slide?: { hash: string; index: number };
  rows: { metric: keyof VisitTimes; measure: string; atMost?: number }[];
}

/**
 * Our deck against the blank reveal.js deck with the same number of slides, each visit in a fresh
 * browser context, alternating which goes first, after one unmeasured visit of each.
 */
export async function measurePages(
  context: BenchContext,
  views: ReadonlySet<PageView>,
  blankDir: string,
  slideCount: number,
  chartSlide: { hash: string; index: number } | undefined,
): Promise<PageResults> {
  const against = `blank reveal.js 6 deck, ${slideCount} slides, same Vite`;
  const phone: VisitOptions = { viewport: { width: 390, height: 844 }, mobile: true, cpuThrottling: 4, slowNetwork: true };
  const measures: PageMeasure[] = [
    { view: 'screen', label: 'screen', options: {}, rows: [{ metric: 'ready', measure: 'navigation → ready, screen', atMost: 1.3 }] },
    {
      view: 'screen',
      label: 'screen, 4× CPU',
      options: { cpuThrottling: 4 },
      rows: [{ metric: 'ready', measure: 'navigation → ready, screen, 4× CPU throttling', atMost: 1.3 }],
    },
    ...(chartSlide
      ? [
          {
            view: 'screen' as const,
            label: 'chart slide at 1920×1080',
            // Without motion: ready then means the charts are drawn, not that their 0.9 s animation ended.
            options: { viewport: { width: 1920, height: 1080 }, reducedMotion: true },
            slide: chartSlide,
            rows: [
              { metric: 'ready' as const, measure: `navigation → ready, screen, a chart slide (${chartSlide.index + 1}) at 1920×1080` },
            ],
          },
        ]
      : []),
    {
      view: 'print',
      label: 'print view',
      options: { query: 'print-pdf' },
      rows: [{ metric: 'ready', measure: 'navigation → ready, print view', atMost: 1.5 }],
    },
    {
      view: 'phone',
      label: 'phone',
      options: phone,
      rows: [
        { metric: 'firstContentfulPaint', measure: 'phone 390×844, 4× CPU, Slow 4G: first contentful paint' },
        { metric: 'largestContentfulPaint', measure: 'phone 390×844, 4× CPU, Slow 4G: largest contentful paint', atMost: 1.3 },
        { metric: 'ready', measure: 'phone 390×844, 4× CPU, Slow 4G: navigation → ready' },
      ],
    },
  ];
  const browser: Browser = await launchBrowser();
  const ours = await serveDist({ distDir: context.distDir });
  const blank = await serveDist({ distDir: blankDir });
  const rows: Row[] = [];
  const breakdowns: PageResults['breakdowns'] = [];
  try {
    for (const measure of measures.filter((candidate) => views.has(candidate.view))) {
      const visitOurs = (): Promise<VisitTimes> => visitDeck(browser, ours.url, { ...measure.options, hash: measure.slide?.hash });
      const visitBlank = (): Promise<VisitTimes> =>
        visitDeck(browser, blank.url, { ...measure.options, hash: measure.slide ? `#/${measure.slide.index}` : undefined });
      await visitOurs();
      await visitBlank();
      const oursTimes: VisitTimes[] = [];
      const blankTimes: VisitTimes[] = [];
      await interleave(context.runs, [
        async () => {
          oursTimes.push(await visitOurs());
        },
        async () => {
          blankTimes.push(await visitBlank());
        },
      ]);
      for (const row of measure.rows) {
        const result = compare({
          measure: row.measure,
          ours: oursTimes.map((times) => times[row.metric]),
          baseline: blankTimes.map((times) => times[row.metric]),
          unit: 'ms',
          against,
          atMost: row.atMost,
        });
        rows.push(result);
        context.log(
          `${measure.label}, ${row.metric}: ours ${result.ours.median.toFixed(0)} ms, blank ${result.baseline.median.toFixed(0)} ms`,
        );
      }
      const oursTraces: Breakdown[] = [];
      const blankTraces: Breakdown[] = [];
      const traced = { ...measure.options, slowNetwork: false };
      await interleave(3, [
        async () => {
          oursTraces.push(await traceVisit(browser, ours.url, { ...traced, hash: measure.slide?.hash }));
        },
        async () => {
          blankTraces.push(
            await traceVisit(browser, blank.url, { ...traced, hash: measure.slide ? `#/${measure.slide.index}` : undefined }),
          );
        },
      ]);
      breakdowns.push({ label: measure.label, ours: medianBreakdown(oursTraces), blank: medianBreakdown(blankTraces) });
    }
  } finally {
    await ours.close();
    await blank.close();
    await browser.close();
  }
  return { rows, breakdowns };
}
