import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForDeck } from '../../src/browser/wait-for-deck.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import type { Deck, Slide } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { createLocale, type Locale } from '../../src/model/locale.ts';
import { type DeckSession, startDeckSession } from '../e2e/support/deck-session.ts';
import { fixtureBuilds } from '../e2e/support/fixture-builds.ts';
import { deckFacts, qualifiedFigures, type SlideFacts, squash } from '../helpers/deck-facts.ts';
import { findUnqualified } from '../helpers/find-unqualified.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { type Bookmark, type PdfSummary, readWithPdfJs } from './support/pdfjs.ts';
import { type GreyPage, inkShare, pageSizes, pageTexts, pdfFonts, renderGrey } from './support/poppler.ts';
import { runPdfCli } from './support/run-pdf-cli.ts';

const outDir = 'tests/artifacts/pdf';
const files = {
  deck: path.join(outDir, 'deck.pdf'),
  handout: path.join(outDir, 'deck-handout.pdf'),
  fragments: path.join(outDir, 'deck-fragments.pdf'),
};
/** 1280×720 CSS pixels printed at 96 px per inch: 960×540 points. */
const slidePageSize = { width: 960, height: 540 };
const renderDpi = 48;

interface ChartBox {
  pageIndex: number;
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

let deck: Deck;
let locale: Locale;
let slides: Slide[];
let facts: SlideFacts[];
let deckTexts: string[];
let deckPages: GreyPage[];
let deckInfo: PdfSummary;
let chartBoxes: ChartBox[];
let session: DeckSession | undefined;

async function exportOnce(args: string[]): Promise<void> {
  const result = await runPdfCli(['--no-build', '--dist', fixtureBuilds.basic, ...args]);
  expect(result.stderr).not.toMatch(/^error/m);
  expect(result.code).toBe(0);
}

beforeAll(async () => {
  deck = (await loadDeckOrThrow(fixtureDecks.basic)).deck;
  locale = createLocale(deck.meta.lang);
  slides = allSlides(deck);
  facts = deckFacts(deck, locale);
  await mkdir(outDir, { recursive: true });
  // One export of each kind of the built fixture deck, one after the other (one exporter's browser at a time); every test reads them back.
  await exportOnce(['--out', files.deck]);
  await exportOnce(['--handout', '--out', files.handout]);
  await exportOnce(['--fragments', '--out', files.fragments]);
  [deckTexts, deckPages, deckInfo] = await Promise.all([
    pageTexts(files.deck),
    renderGrey(files.deck, renderDpi),
    readWithPdfJs(files.deck),
  ]);
  // Where each chart sits on its page, from the same print view the exporter printed, in the run's shared browser.
  session = await startDeckSession({ distDir: fixtureBuilds.basic });
  const page = await session.context.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(`${session.server.url}?print-pdf&pdfSeparateFragments=false`, { waitUntil: 'load' });
  await waitForDeck(page, { mode: 'print', timeoutMs: 30_000 });
  chartBoxes = await page.$$eval('.reveal .slides > .pdf-page', (pages) =>
    pages.flatMap((pdfPage, pageIndex) => {
      const origin = pdfPage.getBoundingClientRect();
      return [...pdfPage.querySelectorAll('canvas[data-chart]')].map((canvas) => {
        const box = canvas.getBoundingClientRect();
        return {
          pageIndex,
          id: canvas.closest('figure')?.id ?? '',
          x: box.x - origin.x,
          y: box.y - origin.y,
          width: box.width,
          height: box.height,
        };
      });
    }),
  );
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe('npm run pdf: the presentation PDF of the fixture deck, read back with poppler and pdf.js', () => {
  it('has one page per slide, each at the deck’s 16:9 size', async () => {
    const sizes = await pageSizes(files.deck);
    expect(sizes).toHaveLength(slides.length);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(slidePageSize.width, 0);
      expect(size.height).toBeCloseTo(slidePageSize.height, 0);
    }
  });

  it('shows each slide on its own page, in order, with its title as real text', () => {
    slides.forEach((slide, index) => {
      expect(squash(deckTexts[index] ?? ''), `page ${index + 1}`).toContain(squash(slide.title));
    });
  });

  it('has each slide’s words on its page: title, paragraphs and list items', () => {
    for (const [index, slide] of facts.entries()) {
      const text = squash(deckTexts[index] ?? '');
      for (const words of slide.text) expect(text, `page ${index + 1}`).toContain(squash(words));
    }
  });

  it('has each big figure on its page as text: qualifier, number and unit as the model writes them, and its label', () => {
    const figures = facts.flatMap((slide) => slide.figures);
    expect(figures.some((figure) => figure.qualifier)).toBe(true);
    for (const figure of figures) {
      const text = squash(deckTexts[figure.slide.number - 1] ?? '');
      expect(text, figure.slide.id).toContain(`${figure.text} ${figure.quantity.label}`);
    }
  });

  it('prints each chart’s title and value labels as text, qualifier, unit and derived mark included', () => {
    for (const [index, slide] of facts.entries()) {
      const text = squash(deckTexts[index] ?? '');
      for (const title of slide.chartTitles) expect(text, `page ${index + 1}`).toContain(title);
      for (const value of slide.chartValues) {
        expect(text, `page ${index + 1}`).toContain(value.derived ? `${value.text} ${locale.strings.derivedMark}` : value.text);
        expect(text, `page ${index + 1}`).toContain(value.quantity.label);
      }
    }
  });

  it('prints a qualified number only with its qualifier', () => {
    const qualified = qualifiedFigures(deck, locale);
    expect(qualified.length).toBeGreaterThan(0);
    for (const figure of qualified) {
      const report = findUnqualified(squash(deckTexts.join(' ')), figure, { skipAxisTicks: true });
      expect(report.occurrences, figure.figure).toBeGreaterThan(0);
      expect(report.unqualified, figure.figure).toEqual([]);
    }
  });

  it('embeds Be Vietnam Pro as subsets with Unicode maps, and no other font', async () => {
    const fonts = await pdfFonts(files.deck);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+BeVietnamPro-/);
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    }
  });

  it('has no blank page', () => {
    deckPages.forEach((page, index) => {
      expect(inkShare(page), `page ${index + 1}`).toBeGreaterThan(0.01);
    });
  });

  it('draws every chart completely on its page', () => {
    const chartCount = slides.flatMap((slide) => slide.blocks).filter((block) => block.type === 'chart').length;
    expect(chartBoxes).toHaveLength(chartCount);
    const scale = renderDpi / 96;
    for (const box of chartBoxes) {
      const page = deckPages[box.pageIndex];
      if (!page) throw new Error(`no page ${box.pageIndex + 1}`);
      const share = inkShare(page, { x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale });
      expect(share, `${box.id} on page ${box.pageIndex + 1}`).toBeGreaterThan(0.06);
    }
  });

  it('has one bookmark per section with its slides’ titles under it, each opening its page', () => {
    const expected: Bookmark[] = deck.sections.map((section) => ({
      title: section.title,
      pageIndex: slides.indexOf(section.slides[0] as Slide),
      children: section.slides.map((slide) => ({ title: slide.title, pageIndex: slides.indexOf(slide), children: [] })),
    }));
    expect(deckInfo.bookmarks).toEqual(expected);
  });

  it('prints the same pages, text and bookmarks as the golden export of the fixture deck', async () => {
    // Made by the export before its speed work (lazy Chart.js, compiled commands): a change to
    // what the PDF holds shows here. After a deliberate change, look at the pages, then update it
    // with \`npx vitest run --config vitest.e2e.config.ts -u\`.
    const golden = { pages: deckTexts.length, text: deckTexts.map(squash), bookmarks: deckInfo.bookmarks };
    await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot('./golden/basic-deck-pdf.json');
  });

  it('carries title, author, subject, keywords, language and creator from deck.yaml and the project', async () => {
    const { name } = JSON.parse(await readFile('package.json', 'utf8')) as { name: string };
    expect(deckInfo.info).toMatchObject({
      Title: deck.meta.title,
      Subject: deck.meta.description,
      Language: 'vi',
    });
    // An author only where deck.yaml names one: the PDF claims none the source does not give.
    expect(deckInfo.info.Author).toBe(deck.meta.author || undefined);
    expect(deckInfo.info.Creator).toContain(name);
    for (const keyword of [...deck.meta.keywords, deck.meta.date]) expect(String(deckInfo.info.Keywords)).toContain(keyword);
    const pdf = await PDFDocument.load(await readFile(files.deck), { updateMetadata: false });
    expect(Date.now() - (pdf.getCreationDate()?.getTime() ?? 0)).toBeLessThan(60 * 60 * 1000);
  });
});

describe('npm run pdf -- --fragments', () => {
  it('has one page per fragment step, none blank', async () => {
    const steps = slides.reduce((total, slide) => {
      const fragments = slide.fragments
        ? slide.blocks.reduce((count, block) => count + (block.type === 'list' ? block.items.length : 0), 0)
        : 0;
      return total + 1 + fragments;
    }, 0);
    expect(steps).toBeGreaterThan(slides.length);
    const pages = await renderGrey(files.fragments, 24);
    expect(pages).toHaveLength(steps);
    pages.forEach((page, index) => {
      expect(inkShare(page), `page ${index + 1}`).toBeGreaterThan(0.01);
    });
  });

  it('still has every slide’s words and figures, and every bookmark', async () => {
    const text = squash((await pageTexts(files.fragments)).join(' '));
    for (const slide of facts) {
      for (const words of [...slide.text, ...slide.figures.map((figure) => figure.text)]) expect(text).toContain(squash(words));
    }
    const { bookmarks } = await readWithPdfJs(files.fragments);
    expect(bookmarks.map((bookmark) => bookmark.title)).toEqual(deck.sections.map((section) => section.title));
  });
});

describe('npm run pdf -- --handout', () => {
  it('has A4 pages, with slides whose notes are short sharing a page', async () => {
    const sizes = await pageSizes(files.handout);
    expect(sizes.length).toBeLessThan(slides.length);
    expect(sizes.length).toBeGreaterThanOrEqual(Math.ceil(slides.length / 2));
    for (const size of sizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
  });

  it('puts each slide and all of its notes in the handout, as text, with embedded fonts', async () => {
    const text = squash((await pageTexts(files.handout)).join(' '));
    for (const slide of slides) {
      expect(text).toContain(squash(slide.title));
      for (const note of slide.notes) expect(text, `notes of ${slide.id}`).toContain(squash(note));
    }
    for (const font of await pdfFonts(files.handout)) expect(font, font.name).toMatchObject({ embedded: true, unicode: true });
  });

  it('has the bookmarks and metadata too', async () => {
    const { info, bookmarks } = await readWithPdfJs(files.handout);
    expect(info).toMatchObject({ Title: deck.meta.title, Language: 'vi' });
    expect(info.Author).toBe(deck.meta.author || undefined);
    expect(bookmarks.map((bookmark) => bookmark.title)).toEqual(deck.sections.map((section) => section.title));
    expect((await stat(files.handout)).size).toBeGreaterThan(0);
  });
});
