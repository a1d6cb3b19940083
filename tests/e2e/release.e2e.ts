import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { access, copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/base/write-manifest.ts';
import { launchBrowser } from '../../src/browser/chromium.ts';
import { type DistServer, serveDist } from '../../src/browser/serve-dist.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { readBuiltDeck } from '../../src/content/read-built-deck.ts';
import type { Deck } from '../../src/model/deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import { createLocale } from '../../src/model/locale.ts';
import { chartDataFiles, handoutFile, outputFiles } from '../../src/model/output-files.ts';
import { handoutContent } from '../../src/pdf/handout-layout.ts';
import { slideFacts } from '../helpers/deck-facts.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { readPptx } from '../helpers/read-pptx.ts';
import { readWithPdfJs } from '../pdf/support/pdfjs.ts';
import { inkShare, type PixelBox, pageSizes, pageTexts, pdfFonts, renderGrey } from '../pdf/support/poppler.ts';
import {
  flattenTags,
  readCatalog,
  readTagTree,
  readXmp,
  standardStructureTypes,
  type TagNode,
  unmarkedContent,
} from '../pdf/support/tags.ts';
import { commandLine } from './support/processes.ts';

const run = promisify(execFile);
const outDir = path.resolve('tests/artifacts/release');
const subpath = '/decks/2016/';
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

let stderr = '';
let deck: Deck;
let manifest: Manifest;
let server: DistServer;
let browser: Browser;

beforeAll(async () => {
  await mkdir('tests/artifacts/screens', { recursive: true });
  await rm(outDir, { recursive: true, force: true });
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      commandLine('src/cli/release.ts', ['--slides', fixtureDecks.basic, '--out', outDir, '--appendix']),
      { env: { ...process.env, CI: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr: output }));
  });
  stderr = result.stderr;
  expect(result.stderr).not.toMatch(/^error/m);
  expect(result.code).toBe(0);
  deck = (await readBuiltDeck(outDir)).deck;
  manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  server = await serveDist({ distDir: outDir, basePath: subpath });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDeck(viewport: { width: number; height: number }, url = server.url): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'screen', { polling: 'mutation' });
  return page;
}

describe('npm run release', () => {
  it('reports progress per step and writes everything into one folder', async () => {
    for (let step = 1; step <= 7; step++) expect(stderr).toContain(`[${step}/7]`);
    for (const file of [...Object.values(outputFiles), 'index.html', 'png/01.png', ...chartDataFiles(deck).map((chart) => chart.file)]) {
      await access(path.join(outDir, file));
    }
    // The appendix is in this build, so in the site, the PDFs, the images and the PowerPoint file.
    const appendix = deck.sections.at(-1);
    expect(appendix?.appendix).toBe(true);
    const pptx = await readPptx(path.join(outDir, outputFiles.pptx));
    expect(pptx.slideText).toHaveLength(allSlides(deck).length);
    const appendixSlides = appendix?.slides ?? [];
    expect(appendixSlides.length).toBeGreaterThan(0);
    for (const slide of appendixSlides) expect(pptx.slideText[slide.number - 1]).toContain(slide.title);
  });

  it('lists every file in manifest.json with its size and SHA-256', async () => {
    const onDisk = (await readdir(outDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .filter((file) => file !== 'manifest.json')
      .sort();
    expect(manifest.files.map((file) => file.path).sort()).toEqual(onDisk);
    for (const file of manifest.files) {
      const data = await readFile(path.join(outDir, file.path));
      expect(data.byteLength, file.path).toBe(file.bytes);
      expect(createHash('sha256').update(data).digest('hex'), file.path).toBe(file.sha256);
    }
  });

  it('links every download from the site, and every link resolves under a subpath', async () => {
    const page = await openDeck({ width: 1280, height: 720 });
    try {
      const links = await page.$$eval('.downloads a, .chart__data', (anchors) =>
        anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
      );
      const expected = manifest.files.filter(
        (file) => /\.(pdf|pptx|csv|png|html)$/.test(file.path) && file.path !== 'index.html' && file.path !== 'og-image.png',
      );
      const linked = new Set(links.map((link) => new URL(link).pathname.slice(subpath.length)));
      expect(expected.length).toBeGreaterThan(5);
      for (const file of expected) expect(linked, file.path).toContain(file.path);
      for (const link of links) {
        expect(new URL(link).pathname.startsWith(subpath), link).toBe(true);
        // Fetched from here: the published page itself may connect nowhere (connect-src 'none').
        const response = await fetch(link);
        expect(response.status, link).toBe(200);
      }
      // The menu shows each file's size, as the manifest has it.
      const sizes = await page.$$eval('.downloads__list > li > a + .downloads__size', (spans) => spans.map((span) => span.textContent));
      expect(sizes.length).toBeGreaterThanOrEqual(6);
    } finally {
      await page.close();
    }
  });

  it('gives offline.html copied alone no link that leads nowhere: no menu, and each chart carries its CSV', async () => {
    const alone = await mkdtemp(path.join(tmpdir(), 'deck-offline-alone-'));
    const page = await browser.newPage();
    try {
      await copyFile(path.join(outDir, outputFiles.offline), path.join(alone, outputFiles.offline));
      await page.goto(pathToFileURL(path.join(alone, outputFiles.offline)).href, { waitUntil: 'load' });
      await page.waitForSelector('html[data-deck-ready]');
      expect(await page.$$('.downloads')).toEqual([]);
      const links = await page.$$eval('a[href]', (anchors) =>
        anchors.map((anchor) => ({ href: (anchor as HTMLAnchorElement).href, name: anchor.getAttribute('download') })),
      );
      const files = links.filter((link) => link.href.startsWith('file:'));
      const data = links.filter((link) => link.href.startsWith('data:text/csv'));
      expect(links.length).toBeGreaterThan(0);
      // Besides in-page links, only the page itself (the console's way back to the deck).
      for (const link of files) await access(fileURLToPath(link.href.replace(/[?#].*$/, '')));
      expect(links.filter((link) => !/^(file:|data:text\/csv)/.test(link.href))).toEqual([]);
      const charts = chartDataFiles(deck);
      expect(new Set(data.map((link) => link.name))).toEqual(new Set(charts.map((chart) => path.posix.basename(chart.file))));
      for (const chart of charts) {
        const link = data.find((each) => each.name === path.posix.basename(chart.file));
        const body = Buffer.from(link?.href.split(',')[1] ?? '', 'base64');
        expect(body.equals(await readFile(path.join(outDir, chart.file))), chart.file).toBe(true);
      }
    } finally {
      await page.close();
      await rm(alone, { recursive: true, force: true });
    }
  });

  it('opens a source marker and the menu by keyboard without moving the slides', async () => {
    const page = await openDeck({ width: 1280, height: 720 });
    try {
      const chartSlide = allSlides(deck).findIndex((slide) => slide.blocks.some((block) => block.type === 'chart'));
      await page.evaluate((index) => window.Reveal?.slide(index), chartSlide);
      await page.focus('.present .source-marker');
      for (const key of ['Enter', ' '] as const) {
        await page.keyboard.press(key);
        const state = await page.evaluate(() => {
          const marker = document.querySelector('.present .source-marker');
          const panel = document.getElementById(marker?.getAttribute('aria-controls') ?? '');
          return {
            expanded: marker?.getAttribute('aria-expanded'),
            visible: panel ? getComputedStyle(panel).display !== 'none' : false,
            text: panel?.textContent ?? '',
            slide: window.Reveal?.getIndices().h,
          };
        });
        expect(state.slide).toBe(chartSlide);
        expect(state.expanded).toBe(key === 'Enter' ? 'true' : 'false');
        expect(state.visible).toBe(key === 'Enter');
        if (key === 'Enter') expect(state.text).toContain('Trong năm, lực lượng chức năng đã xử lý 83 vụ nhóm A');
      }
      // The chart's data link is reachable by keyboard.
      await page.focus('.present .chart__data');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tải dữ liệu (CSV)');

      await page.focus('.downloads summary');
      await page.keyboard.press('Enter');
      expect(
        await page.evaluate(() => [document.querySelector('.downloads details')?.hasAttribute('open'), window.Reveal?.getIndices().h]),
      ).toEqual([true, chartSlide]);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.querySelector('.downloads details')?.hasAttribute('open'))).toBe(false);
      await page.screenshot({ path: 'tests/artifacts/screens/release-marker.png' });
    } finally {
      await page.close();
    }
  });

  it('reaches the menu from the phone layout', async () => {
    const page = await openDeck({ width: 390, height: 844 });
    try {
      await page.evaluate(() => window.scrollTo(0, 2000));
      await page.click('.downloads summary');
      const box = await page.$eval('.downloads__list', (list) => {
        const rect = list.getBoundingClientRect();
        return { left: rect.left, right: rect.right, top: rect.top, visible: getComputedStyle(list).display !== 'none' };
      });
      expect(box.visible).toBe(true);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
      await page.screenshot({ path: 'tests/artifacts/screens/release-phone-menu.png' });
    } finally {
      await page.close();
    }
  });
});

describe('the release PDFs', () => {
  const slidesOf = (): ReturnType<typeof allSlides> => allSlides(deck);

  it('carries each chart’s CSV as an attachment of the presentation, and hides the web-only links in print', async () => {
    const { stdout } = await run('pdfdetach', ['-list', path.join(outDir, outputFiles.presentation)]);
    const names = chartDataFiles(deck).map((chart) => path.posix.basename(chart.file));
    for (const name of names) expect(stdout).toContain(name);
    const saved = path.join(outDir, '..', 'release-attachment.csv');
    await run('pdfdetach', ['-save', '1', '-o', saved, path.join(outDir, outputFiles.presentation)]);
    expect((await readFile(saved)).equals(await readFile(path.join(outDir, chartDataFiles(deck)[0]?.file ?? '')))).toBe(true);
    await rm(saved);
    const text = (await pageTexts(path.join(outDir, outputFiles.presentation))).join(' ');
    expect(text).not.toContain('Tải dữ liệu');
    expect(text).not.toContain('Tải về');
    expect(text).toContain('Nguồn số liệu');
  });

  it.each([
    [1, (slides: number): [number, number] => [Math.ceil(slides / 2), slides - 1]],
    [3, (slides: number): [number, number] => [Math.ceil(slides / 3), Math.ceil(slides / 3)]],
    [6, (slides: number): [number, number] => [Math.ceil(slides / 6), Math.ceil(slides / 6)]],
  ] as const)('lays out the %i-per-page handout on A4 with header, "Trang X / Y", titles, fonts and bookmarks', async (perPage, range) => {
    const file = path.join(outDir, handoutFile(perPage));
    const slides = slidesOf();
    const sizes = await pageSizes(file);
    const [least, most] = range(slides.length);
    expect(sizes.length).toBeGreaterThanOrEqual(least);
    expect(sizes.length).toBeLessThanOrEqual(most);
    for (const size of sizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
    const texts = (await pageTexts(file)).map(squash);
    texts.forEach((text, index) => {
      expect(text).toContain(`Trang ${index + 1} / ${texts.length}`);
      expect(text).toContain(deck.meta.subtitle ?? deck.meta.title);
    });
    const all = texts.join(' ');
    for (const slide of slides) {
      expect(all).toContain(squash(slide.title));
      if (perPage === 1) for (const note of slide.notes) expect(all).toContain(squash(note));
    }
    // The slides are vector pages with their own text: every figure is selectable text.
    for (const figure of ['trên 420', 'khoảng trên 2,5', '12-KH/HM']) expect(all).toContain(figure);
    for (const font of await pdfFonts(file)) expect(font, font.name).toMatchObject({ embedded: true, unicode: true });
    const { bookmarks } = await readWithPdfJs(file);
    expect(bookmarks.map((bookmark) => bookmark.title)).toEqual(deck.sections.map((section) => section.title));
    expect(
      bookmarks.flatMap((bookmark) => bookmark.children).every((child) => child.pageIndex >= 0 && child.pageIndex < sizes.length),
    ).toBe(true);
  });

  it('fills the pages of the notes handout: none but the last is more than 40% blank', async () => {
    const dpi = 36;
    const pages = await renderGrey(path.join(outDir, handoutFile(1)), dpi);
    expect(pages.length).toBeGreaterThan(1);
    const pixels = (mm: number): number => (mm / 25.4) * dpi;
    const top = Math.round(pixels(handoutContent.top));
    const bottom = Math.round(pixels(handoutContent.top + handoutContent.height));
    const blank = pages.map((page) => {
      const row = (y: number): PixelBox => ({ x: 0, y, width: page.width, height: 1 });
      let last = top;
      for (let y = top; y < bottom; y++) if (inkShare(page, row(y)) > 0) last = y;
      return (bottom - last) / (bottom - top);
    });
    expect(blank.slice(0, -1).filter((share) => share > 0.4)).toEqual([]);
  });

  it('keeps the presenter’s hints out of every published file, and puts them in the presenter’s copy', async () => {
    const hints = allSlides((await loadDeckOrThrow(fixtureDecks.basic)).deck).flatMap((slide) => slide.hints ?? []);
    expect(hints.length).toBeGreaterThan(0);
    const textOf = async (file: string): Promise<string> => {
      if (file.endsWith('.pdf')) return (await pageTexts(file)).join(' ');
      if (file.endsWith('.pptx')) {
        const pptx = await readPptx(file);
        return [...pptx.slideText, ...pptx.notesText].join(' ');
      }
      return /\.(html|json|csv|txt|js|css)$/.test(file) ? readFile(file, 'utf8') : '';
    };
    const published = manifest.files.map((file) => path.join(outDir, file.path));
    expect(published.filter((file) => file.endsWith('.pdf')).length).toBeGreaterThan(3);
    for (const file of published) {
      const text = squash(await textOf(file));
      for (const hint of hints) expect(text.includes(squash(hint)), `${path.relative(outDir, file)}: ${hint}`).toBe(false);
    }
    for (const file of ['deck-presenter.pdf', 'deck-presenter.pptx']) {
      const text = squash(await textOf(path.join(`${outDir}-presenter`, file)));
      for (const hint of hints) expect(text, file).toContain(squash(hint));
    }
  });

  it('writes the CSV files so that a CSV parser reads the Vietnamese back', async () => {
    const charts = chartDataFiles(deck);
    expect(charts.length).toBeGreaterThan(0);
    for (const { chart, file } of charts) {
      const rows = parse(await readFile(path.join(outDir, file)), { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((row) => row['Hạng mục'])).toEqual(chart.chart.items.map((item) => item.label));
      expect(rows.every((row) => (row['Câu nguồn'] ?? '').length > 10)).toBe(true);
    }
  });
});

/** Text compared without its spaces: the tags' text runs are cut where lines break. */
const compact = (text: string): string => text.replace(/\s+/g, '');

describe('what a screen reader finds in the release PDFs (the tag tree, read in order)', () => {
  const headings = (tags: readonly TagNode[]): TagNode[] => tags.filter((tag) => /^H\d$/.test(tag.role));

  it('tags the presentation slide by slide: a heading per slide, its lists, paragraphs, a Figure per chart whose /Alt gives its values, and its table', async () => {
    const locale = createLocale(deck.meta.lang);
    const tags = flattenTags(await readTagTree(path.join(outDir, outputFiles.presentation)));
    const slides = allSlides(deck);
    expect(headings(tags).length).toBe(slides.length);
    let charts = 0;
    for (const [index, slide] of slides.entries()) {
      const onPage = tags.filter((tag) => tag.pageIndex === index);
      const facts = slideFacts(slide, locale);
      const [heading, ...others] = headings(onPage);
      expect(others, slide.id).toEqual([]);
      expect(heading?.role, slide.id).toBe(slide.kind === 'title' ? 'H1' : 'H2');
      expect(compact(heading?.text ?? ''), slide.id).toBe(compact(slide.title));
      const items = slide.blocks.reduce((sum, block) => sum + (block.type === 'list' ? block.items.length : 0), 0);
      expect(onPage.filter((tag) => tag.role === 'LI').length, slide.id).toBe(items);
      for (const list of onPage.filter((tag) => tag.role === 'L'))
        expect(
          list.children.some((child) => child.role === 'LI'),
          slide.id,
        ).toBe(true);
      for (const block of slide.blocks) {
        if (block.type !== 'paragraph') continue;
        const words = compact(block.inlines.map((inline) => inline.text).join(''));
        expect(
          onPage.some((tag) => tag.role === 'P' && compact(tag.text).includes(words)),
          `${slide.id}: ${words}`,
        ).toBe(true);
      }
      // Read in the slide's order: its title before its body.
      const first = tags.indexOf(heading as TagNode);
      for (const body of onPage.filter((tag) => ['LI', 'Figure', 'Table'].includes(tag.role)))
        expect(tags.indexOf(body), slide.id).toBeGreaterThan(first);
      const figures = onPage.filter((tag) => tag.role === 'Figure');
      const tables = onPage.filter((tag) => tag.role === 'Table');
      expect(figures.length, slide.id).toBe(facts.chartTitles.length);
      expect(tables.length, slide.id).toBe(facts.chartTitles.length);
      facts.chartTitles.forEach((title, chart) => {
        const alt = figures[chart]?.alt ?? '';
        const table = compact(tables[chart]?.text ?? '');
        expect(alt, slide.id).toContain(title);
        for (const value of facts.chartValues.filter((fact) => fact.chartTitle === title)) {
          const said = `${value.quantity.label}: ${value.text}${value.derived ? ` ${locale.strings.derivedMark}` : ''}`;
          expect(alt, slide.id).toContain(said);
          expect(table, slide.id).toContain(
            compact(`${value.quantity.label}${value.text}${value.derived ? locale.strings.derivedMark : ''}`),
          );
        }
      });
      charts += figures.length;
    }
    expect(charts).toBeGreaterThan(1);
  });

  it('meets the structural rules of PDF/UA-1 that can be read back: standard or mapped types, Figures with /Alt, headings in sequence, no content neither tagged nor an artifact, language, title', async () => {
    for (const file of [outputFiles.presentation, handoutFile(1), handoutFile(3), handoutFile(6)]) {
      const tags = flattenTags(await readTagTree(path.join(outDir, file)));
      expect(tags.length, file).toBeGreaterThan(10);
      for (const tag of tags) expect(standardStructureTypes.has(tag.role), `${file}: ${tag.role}`).toBe(true);
      for (const figure of tags.filter((tag) => tag.role === 'Figure')) expect(figure.alt ?? '', file).not.toBe('');
      const levels = headings(tags).map((tag) => Number(tag.role.slice(1)));
      expect(levels[0], file).toBe(1);
      for (const [index, level] of levels.entries())
        expect(level - (levels[index - 1] ?? 0), `${file}: heading ${index + 1}`).toBeLessThanOrEqual(1);
      expect(await unmarkedContent(path.join(outDir, file)), file).toEqual([]);
      const catalog = await readCatalog(path.join(outDir, file));
      expect(catalog, file).toEqual({ lang: deck.meta.lang, marked: true, displayDocTitle: true, metadata: true });
    }
  });

  it('carries the title, description, language and author as XMP', async () => {
    const xmp = await readXmp(path.join(outDir, outputFiles.presentation));
    const asXml = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${asXml(deck.meta.title)}</rdf:li></rdf:Alt></dc:title>`);
    expect(xmp).toContain(
      `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${asXml(deck.meta.description)}</rdf:li></rdf:Alt></dc:description>`,
    );
    expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${deck.meta.lang}</rdf:li></rdf:Bag></dc:language>`);
    // The fixture deck names an author; one that names none gets no dc:creator (tests/unit/pdf/render-xmp.test.ts).
    expect(deck.meta.author).not.toBe('');
    expect(xmp).toContain(`<dc:creator><rdf:Seq><rdf:li>${asXml(deck.meta.author)}</rdf:li></rdf:Seq></dc:creator>`);
  });

  it.each([
    ['the notes handout', handoutFile(1), true],
    ['the 3-per-page handout', handoutFile(3), false],
    ['the 6-per-page handout', handoutFile(6), false],
    ['the presenter’s handout', path.join(`${outDir}-presenter`, 'deck-presenter.pdf'), true],
  ] as const)('reads %s slide by slide: each slide’s heading, its text or Figure, then its notes', async (_name, file, withNotes) => {
    const tags = flattenTags(await readTagTree(path.isAbsolute(file) ? file : path.join(outDir, file)));
    const locale = createLocale(deck.meta.lang);
    const found = headings(tags);
    let from = 0;
    const slides = allSlides(deck);
    for (const [index, slide] of slides.entries()) {
      const heading = found.find((tag, at) => at >= from && compact(tag.text) === compact(slide.title));
      expect(heading, slide.id).toBeDefined();
      from = found.indexOf(heading as TagNode) + 1;
      const start = tags.indexOf(heading as TagNode);
      const next = found[from] ? tags.indexOf(found[from] as TagNode) : tags.length;
      const own = tags.slice(start, next);
      const facts = slideFacts(slide, locale);
      for (const title of facts.chartTitles)
        expect(
          own.some((tag) => tag.role === 'Figure' && (tag.alt ?? '').includes(title)),
          slide.id,
        ).toBe(true);
      for (const words of facts.text.slice(1)) expect(compact(own.map((tag) => tag.text).join('')), slide.id).toContain(compact(words));
      if (withNotes)
        for (const note of slide.notes)
          expect(
            own.some((tag) => tag.role === 'P' && compact(tag.text).includes(compact(note))),
            `${slide.id} notes`,
          ).toBe(true);
      if (index === slides.length - 1) expect(next).toBe(tags.length);
    }
    // What repeats on every page is no part of the reading: the header, the footer, the captions.
    expect(tags.some((tag) => tag.text.includes('Trang 1 /'))).toBe(false);
  });
});
