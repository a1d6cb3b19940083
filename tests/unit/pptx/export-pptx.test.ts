import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSlides } from '../../../src/model/deck.ts';
import { createLocale } from '../../../src/model/locale.ts';

const { formatNumber } = createLocale('vi');

import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import type { ChartSpec, Deck } from '../../../src/model/deck.ts';
import { exportPptx } from '../../../src/pptx/export-pptx.ts';
import { qualifiedFigures, sourceFacts } from '../../fixtures/source-facts.ts';
import { findUnqualified } from '../../helpers/find-unqualified.ts';
import { type PptxParts, readPptx } from '../../helpers/read-pptx.ts';

let work: string;
let deck: Deck;
let pptx: PptxParts;
let charts: ChartSpec[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'deck-pptx-'));
  deck = await loadDeckOrThrow('slides');
  charts = allSlides(deck).flatMap((slide) => slide.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : [])));
  const out = path.join(work, 'deck.pptx');
  await writeFile(out, 'an earlier export');
  await exportPptx({ slidesDir: 'slides', out });
  pptx = await readPptx(out);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the PowerPoint export of the deck', () => {
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
    expect(first.split('\n').slice(0, 2)).toEqual([section?.title.toLocaleUpperCase('vi'), section?.slides[0]?.title]);
  });

  it('shows every fact of the source as text, qualifier included', () => {
    const text = pptx.slideText.join('\n');
    for (const fact of sourceFacts) expect(text, fact).toContain(fact);
    for (const qualified of qualifiedFigures) expect(findUnqualified(text, qualified).unqualified, qualified.figure).toEqual([]);
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
        // The value label is a number format: qualifier, number, unit, and the derived mark.
        const label = new RegExp(`<c:dLbl><c:idx val="${itemIndex}"/><c:numFmt formatCode="([^"]*)"`).exec(xml)?.[1] ?? '';
        const shown = label.replaceAll('&quot;', '"');
        if (item.qualifier) expect(shown).toContain(`"${item.qualifier} "`);
        if (item.unit) expect(shown).toContain(item.unit);
        expect(shown.includes('(suy ra)')).toBe(Boolean(item.derived));
      }
    }
    // Each chart carries its data as an embedded workbook, so it can be edited in PowerPoint.
    expect(Object.keys(pptx.zip.files).filter((name) => /^ppt\/embeddings\/.+\.xlsx$/.test(name))).toHaveLength(charts.length);
  });

  it('explains every derived value under its chart, as the web deck does', () => {
    const text = pptx.slideText.join('\n');
    for (const item of charts.flatMap((chart) => chart.items).filter((item) => item.derived)) {
      expect(text).toContain(`${item.label} (suy ra): ${item.derived}`);
    }
  });

  it('shows each big figure as text with its vi-VN number', () => {
    const figures = allSlides(deck).flatMap((slide) => slide.blocks.flatMap((block) => (block.type === 'figure' ? [block.figure] : [])));
    expect(figures.length).toBeGreaterThan(0);
    const text = pptx.slideText.join('\n');
    for (const figure of figures) {
      expect(text).toContain(formatNumber(figure.value));
      expect(text).toContain(figure.label);
    }
  });

  it('carries every slide’s speaker notes', () => {
    expect(pptx.notesText).toHaveLength(allSlides(deck).length);
    for (const [index, slide] of allSlides(deck).entries()) {
      for (const paragraph of slide.notes) expect(pptx.notesText[index], slide.id).toContain(paragraph);
    }
  });

  it('names the title, subject, author and language from slides/deck.yaml', () => {
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
  it('leaves an earlier file alone when the content is invalid', async () => {
    const out = path.join(work, 'kept.pptx');
    await writeFile(out, 'an earlier export');
    await expect(exportPptx({ slidesDir: path.join(work, 'no-slides'), out })).rejects.toMatchObject({ exitCode: 65 });
    expect(await readFile(out, 'utf8')).toBe('an earlier export');
  });

  it('reports a path it cannot write to with exit code 73', async () => {
    const blocker = path.join(work, 'a-file');
    await writeFile(blocker, '');
    await expect(exportPptx({ slidesDir: 'slides', out: path.join(blocker, 'deck.pptx') })).rejects.toMatchObject({
      exitCode: 73,
      message: expect.stringContaining('could not write'),
    });
  });
});
