import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import type { ChartSpec, Deck } from '../../../src/model/deck.ts';
import { allSlides } from '../../../src/model/deck.ts';
import { createLocale, type Locale } from '../../../src/model/locale.ts';
import { noBreakQuantityText, quantityParts } from '../../../src/model/quantity.ts';
import { exportPptx } from '../../../src/pptx/export-pptx.ts';
import { deckFacts, qualifiedFigures, squash } from '../../helpers/deck-facts.ts';
import { findUnqualified } from '../../helpers/find-unqualified.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { errorText } from '../../helpers/problem-text.ts';
import { type PptxParts, readPptx } from '../../helpers/read-pptx.ts';

let work: string;
let deck: Deck;
let locale: Locale;
let pptx: PptxParts;
let charts: ChartSpec[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'deck-pptx-'));
  deck = (await loadDeckOrThrow(fixtureDecks.basic)).deck;
  locale = createLocale(deck.meta.lang);
  charts = allSlides(deck).flatMap((slide) => slide.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : [])));
  const out = path.join(work, 'deck.pptx');
  await writeFile(out, 'an earlier export');
  await exportPptx({ context: await loadDeckOrThrow(fixtureDecks.basic), out });
  pptx = await readPptx(out);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the PowerPoint export of the fixture deck, read back from its XML', () => {
  it('has one 16:9 slide per deck slide', () => {
    expect(pptx.slideXml).toHaveLength(allSlides(deck).length);
    expect(pptx.presentation).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
  });

  it('puts each slide title in a real text box, in the deck font, after its section label', () => {
    for (const [index, slide] of allSlides(deck).entries()) {
      const text = pptx.slideText[index] ?? '';
      expect(text, slide.id).toContain(slide.title);
      expect(pptx.slideXml[index], slide.id).toContain('typeface="Be Vietnam Pro"');
    }
    const section = deck.sections[1];
    const first = pptx.slideText[section?.slides[0] ? section.slides[0].number - 1 : 0] ?? '';
    expect(first.split('\n').slice(0, 2)).toEqual([locale.upper(section?.title ?? ''), section?.slides[0]?.title]);
  });

  it('shows each slide’s words on its own slide: title, paragraphs and list items', () => {
    for (const [index, facts] of deckFacts(deck, locale).entries()) {
      const text = squash(pptx.slideText[index] ?? '');
      for (const words of facts.text) expect(text, facts.slide.id).toContain(squash(words));
    }
  });

  it('never shows a qualified number without its qualifier', () => {
    const text = squash(pptx.slideText.join('\n'));
    const qualified = qualifiedFigures(deck, locale);
    expect(qualified.length).toBeGreaterThan(0);
    for (const figure of qualified) expect(findUnqualified(text, figure).unqualified, figure.figure).toEqual([]);
  });

  it('draws every chart as a native chart part with the source values, labels and value labels', () => {
    expect(pptx.chartXml).toHaveLength(charts.length);
    for (const [index, chart] of charts.entries()) {
      const xml = pptx.chartXml[index] ?? '';
      expect(xml, chart.title).toContain(chart.title);
      expect(xml).toContain(chart.type === 'doughnut' ? '<c:doughnutChart>' : `<c:barDir val="${chart.type === 'bar' ? 'col' : 'bar'}"/>`);
      for (const [itemIndex, item] of chart.items.entries()) {
        expect(xml).toContain(`<c:pt idx="${itemIndex}"><c:v>${item.value}</c:v></c:pt>`);
        expect(xml).toContain(`<c:v>${item.label}</c:v>`);
        // The value label is a number format around the number: applied to the value, it reads
        // as the model writes the quantity, with the derived mark after a derived one.
        const label = new RegExp(`<c:dLbl><c:idx val="${itemIndex}"/><c:numFmt formatCode="([^"]*)"`).exec(xml)?.[1] ?? '';
        const parts = quantityParts(item, locale);
        const shown = label
          .replaceAll('&quot;', '"')
          .replaceAll('&#10;', '\n')
          .replace(/#,##0(\.0+)?/, parts.number)
          .replaceAll('"', '');
        // Its words are joined by no-break spaces, so a label never splits the quantity; the derived mark has a line of its own.
        expect(shown, item.label).toBe(`${noBreakQuantityText(parts)}${item.derived ? `\n${locale.strings.derivedMark}` : ''}`);
      }
    }
    // Each chart carries its data as an embedded workbook, so it can be edited in PowerPoint.
    expect(Object.keys(pptx.zip.files).filter((name) => /^ppt\/embeddings\/.+\.xlsx$/.test(name))).toHaveLength(charts.length);
  });

  it('explains every derived value under its chart, as the web deck does', () => {
    const derived = deckFacts(deck, locale).flatMap((facts) => facts.chartValues.filter((value) => value.derived));
    expect(derived.length).toBeGreaterThan(0);
    for (const value of derived) {
      expect(squash(pptx.slideText[value.slide.number - 1] ?? '')).toContain(
        `${value.quantity.label} ${locale.strings.derivedMark}: ${squash(value.quantity.derived ?? '')}`,
      );
    }
  });

  it('shows each big figure on its slide as text: qualifier, number and unit as the model writes them, and its label', () => {
    const figures = deckFacts(deck, locale).flatMap((facts) => facts.figures);
    expect(figures.some((figure) => figure.qualifier)).toBe(true);
    for (const figure of figures) {
      const text = squash(pptx.slideText[figure.slide.number - 1] ?? '');
      expect(text, figure.slide.id).toContain(figure.text);
      expect(text, figure.slide.id).toContain(figure.quantity.label);
    }
  });

  it('carries every slide’s speaker notes', () => {
    expect(pptx.notesText).toHaveLength(allSlides(deck).length);
    for (const [index, slide] of allSlides(deck).entries()) {
      for (const paragraph of slide.notes) expect(pptx.notesText[index], slide.id).toContain(paragraph);
    }
  });

  it('names the title, subject, author and language from deck.yaml', () => {
    const field = (name: string): string | undefined => new RegExp(`<${name}>([^<]*)</${name}>`).exec(pptx.core)?.[1];
    expect(field('dc:title')).toBe(deck.meta.title);
    expect(field('dc:subject')).toBe(deck.meta.description);
    expect(field('dc:creator')).toBe(deck.meta.author);
    expect(field('dc:language')).toBe('vi');
    expect(pptx.slideXml[1]).toContain('lang="vi-VN"');
  });

  it('writes each paragraph’s properties once, so PowerPoint opens the file without repairs', () => {
    for (const xml of pptx.slideXml) expect(xml).not.toMatch(/<\/a:r><a:pPr/);
  });
});

describe('exportPptx on failure', () => {
  it('reports a path it cannot write to with exit code 73', async () => {
    const blocker = path.join(work, 'a-file');
    await writeFile(blocker, '');
    const failure = await exportPptx({ context: await loadDeckOrThrow(fixtureDecks.basic), out: path.join(blocker, 'deck.pptx') }).catch(
      (error: unknown) => error,
    );
    expect(failure).toMatchObject({ exitCode: 73 });
    expect(errorText(failure)).toContain('không ghi được');
  });
});
