import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/base/progress.ts';
import { type DistServer, serveDist } from '../../src/browser/serve-dist.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { exportPdf } from '../../src/pdf/export-pdf.ts';
import { exportPptx } from '../../src/pptx/export-pptx.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { decodeXml, readPptx } from '../helpers/read-pptx.ts';
import { pageTexts } from '../pdf/support/poppler.ts';
import { createDevServer } from './support/dev-server.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';
import { connectSharedBrowser } from './support/shared-browser.ts';

/** Every sequence that a replacement pattern, a template, markup or a format string could act on. */
const special = "$& $' $` $$ $1 < > & \" ' </script> {{x}} %s %MODE%";
/** The same sequences run together, for the slide title, which must fit one line. */
const packed = "$&$'$`$$$1<>&\"'</script>{{x}}%s%MODE%";
const sequences = ['$&', "$'", '$`', '$$', '$1', '<', '>', '&', '"', "'", '</script>', '{{x}}', '%s', '%MODE%'];
const shown = {
  title: packed,
  bullet: `Ý chính ${special}`,
  chartLabel: `Nhãn ${special}`,
  notes: `Ghi chú ${special}`,
  deckTitle: `Mẫu ${special}`,
};
const quiet: Progress = { step() {}, done() {} };
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('text is text: special sequences are shown as written in every output', () => {
  let work: string;
  const distDir = fixtureBuilds.specialText;
  let server: DistServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'deck-special-'));
    server = await serveDist({ distDir });
    browser = await connectSharedBrowser();
    context = await browser.createBrowserContext();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.disconnect();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('the fixture holds every sequence in a title, a bullet, a chart label and the notes', async () => {
    for (const sequence of sequences) {
      expect(special).toContain(sequence);
      expect(packed).toContain(sequence);
    }
    const { deck } = await loadDeckOrThrow(fixtureDecks.specialText);
    const slide = deck.sections[0]?.slides[0];
    const chart = slide?.blocks.find((block) => block.type === 'chart');
    expect(slide?.title).toBe(shown.title);
    expect(slide?.blocks[0]).toMatchObject({ type: 'list', ordered: false, items: [[{ text: shown.bullet }]] });
    expect(chart?.type === 'chart' && chart.chart.items[0]?.label).toBe(shown.chartLabel);
    expect(slide?.notes).toEqual([shown.notes]);
    expect(deck.meta.title).toBe(shown.deckTitle);
  });

  async function readDeckPage(page: Page): Promise<Record<string, unknown>> {
    await page.waitForSelector('html[data-deck-ready], html[data-deck-error]', { timeout: 20_000 });
    return page.evaluate(() => {
      const slide = document.querySelector('.reveal .slides section');
      const canvas = slide?.querySelector<HTMLCanvasElement>('canvas[data-chart]');
      const view = JSON.parse(canvas?.dataset.chart ?? '{}') as { items?: { label: string }[] };
      return {
        error: document.documentElement.dataset.deckError ?? '',
        documentTitle: document.title,
        title: slide?.querySelector('h2')?.textContent,
        // The point's words, without its source marker (a button with the citation's number).
        bullet: (() => {
          const point = slide?.querySelector('li')?.cloneNode(true) as HTMLElement | undefined;
          for (const marker of point?.querySelectorAll('.source-marker, .source-note') ?? []) marker.remove();
          return point?.textContent?.replace(/\u00a0/g, ' ').trim();
        })(),
        // The script binds its last short word to the one before with a no-break space.
        notes: slide?.querySelector('aside.notes')?.textContent?.replace(/\u00a0/g, ' '),
        chartLabel: view.items?.[0]?.label,
        tableLabel: slide?.querySelector('table th[scope="row"]')?.textContent,
        ariaLabel: canvas?.getAttribute('aria-label'),
        sections: document.querySelectorAll('.reveal .slides section').length,
        scripts: [...document.querySelectorAll('script')].filter((script) => script.closest('.slides')).length,
      };
    });
  }

  it.each([
    ['index.html (in a browser)', (): string => server.url],
    ['offline.html (from file://)', (): string => `file://${path.join(distDir, 'offline.html')}`],
  ])('%s', async (_name, url) => {
    const page = await context.newPage();
    try {
      await page.goto(url(), { waitUntil: 'load' });
      const read = await readDeckPage(page);
      expect(read).toMatchObject({
        error: '',
        documentTitle: shown.deckTitle,
        title: shown.title,
        bullet: shown.bullet,
        notes: shown.notes,
        chartLabel: shown.chartLabel,
        tableLabel: shown.chartLabel,
        sections: 1,
        scripts: 0,
      });
      // The chart's name says what it compares; its table, above, holds the labels.
      expect(read.ariaLabel).toContain('Biểu đồ: ');
    } finally {
      await page.close();
    }
  });

  it('the dev server (in a browser)', async () => {
    const dev = await createDevServer('special-text', fixtureDecks.specialText);
    const page = await context.newPage();
    try {
      await dev.listen();
      await page.goto(dev.resolvedUrls?.local[0] ?? '', { waitUntil: 'load' });
      expect(await readDeckPage(page)).toMatchObject({
        error: '',
        documentTitle: shown.deckTitle,
        title: shown.title,
        bullet: shown.bullet,
        notes: shown.notes,
      });
    } finally {
      await page.close();
      await dev.close();
    }
  });

  it('the PDF, read back with pdftotext: slide and handout', async () => {
    const common = { distDir, fragments: false, timeoutMs: 30_000, creator: 'test', progress: quiet };
    const slides = path.join(work, 'deck.pdf');
    const handout = path.join(work, 'deck-handout.pdf');
    await exportPdf({
      ...common,
      outputs: [
        { layout: 'slides', out: slides },
        { layout: 1, out: handout },
      ],
    });
    const [slidePage = ''] = (await pageTexts(slides)).map(squash);
    const [handoutPage = ''] = (await pageTexts(handout)).map(squash);
    expect(slidePage).toContain(shown.title);
    expect(slidePage).toContain(shown.bullet);
    // The chart's category label is drawn on the canvas, which Chrome prints as text.
    expect(slidePage).toContain(shown.chartLabel);
    expect(handoutPage).toContain(shown.notes);
  }, 90_000);

  it('the PPTX, read back as XML: slide, chart, notes and properties', async () => {
    const out = path.join(work, 'deck.pptx');
    await exportPptx({ context: await loadDeckOrThrow(fixtureDecks.specialText), out });
    const pptx = await readPptx(out);
    expect(pptx.slideText[0]?.split('\n')).toEqual(expect.arrayContaining([shown.title, shown.bullet]));
    expect(pptx.notesText[0]).toBe(shown.notes);
    const categories = [...(pptx.chartXml[0] ?? '').matchAll(/<c:pt idx="\d+"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((match) =>
      decodeXml(match[1] ?? ''),
    );
    expect(categories).toContain(shown.chartLabel);
    const core = decodeXml(pptx.core);
    expect(core).toContain(`<dc:title>${shown.deckTitle}</dc:title>`);
    expect(core).toContain(`<cp:keywords>khoá ${special}</cp:keywords></cp:coreProperties>`);
    const app = (await pptx.zip.file('docProps/app.xml')?.async('string')) ?? '';
    expect(decodeXml(/<Company>([^<]*)<\/Company>/.exec(app)?.[1] ?? '')).toBe("Ban $& $' biên tập < > & \" '");
    // Every part is well-formed XML, as a browser's XML parser reads it: PowerPoint refuses a file with one that is not.
    const parts = Object.keys(pptx.zip.files).filter((name) => /\.(xml|rels)$/.test(name));
    const page = await context.newPage();
    try {
      for (const name of parts) {
        const xml = (await pptx.zip.file(name)?.async('string')) ?? '';
        const error = await page.evaluate(
          (text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? '',
          xml,
        );
        expect(error, name).toBe('');
      }
    } finally {
      await page.close();
    }
    // A double quote in a value label's unit is kept: written \" in the number format.
    // Its spaces are no-break spaces, so that the label never splits the quantity.
    expect(pptx.chartXml[0]?.replaceAll('\u00a0', ' ')).toContain(
      'formatCode="&quot;trên &quot;#,##0&quot; vụ $$ &quot;\\&quot;&quot; &lt;&quot;"',
    );
  });
});
