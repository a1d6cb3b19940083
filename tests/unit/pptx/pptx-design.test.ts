import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toChartView } from '../../../src/charts/to-chart-view.ts';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { allSlides, type ChartSpec, type Deck } from '../../../src/model/deck.ts';
import { createDeckContext } from '../../../src/model/deck-context.ts';
import { createLocale } from '../../../src/model/locale.ts';
import { buildPptxSlides } from '../../../src/pptx/build-pptx-slides.ts';
import { exportPptx } from '../../../src/pptx/export-pptx.ts';
import type { PptxDeck, TextShape } from '../../../src/pptx/pptx-deck.ts';
import { notesText } from '../../../src/pptx/render-pptx.ts';
import { topicPalette } from '../../../src/theme/palette.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { type PptxParts, readPptx } from '../../helpers/read-pptx.ts';

const locale = createLocale('vi');
let work: string;
let deck: Deck;
let description: PptxDeck;
let pptx: PptxParts;
let charts: ChartSpec[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'deck-pptx-design-'));
  deck = (await loadDeckOrThrow(fixtureDecks.design)).deck;
  description = buildPptxSlides(createDeckContext(deck, locale));
  charts = allSlides(deck).flatMap((slide) => slide.blocks.flatMap((block) => (block.type === 'chart' ? [block.chart] : [])));
  const out = path.join(work, 'deck.pptx');
  await exportPptx({ context: await loadDeckOrThrow(fixtureDecks.design), out });
  pptx = await readPptx(out);
});
afterAll(() => rm(work, { recursive: true, force: true }));

const attribute = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element} val="([^"]*)"`).exec(xml.slice(xml.indexOf(`<${name}>`)))?.[1];

describe('the PowerPoint export follows the web design', () => {
  it('draws each bar chart’s value axis exactly as the web deck: from zero, the same maximum, the same steps', () => {
    const bars = charts
      .map((chart, index) => ({ chart, xml: pptx.chartXml[index] ?? '' }))
      .filter(({ chart }) => chart.type !== 'doughnut');
    expect(bars.length).toBeGreaterThanOrEqual(3);
    for (const { chart, xml } of bars) {
      const { scale } = toChartView(chart, { locale, topics: deck.meta.topics ?? [] });
      const valueAxis = xml.slice(xml.indexOf('<c:valAx>'));
      expect(attribute(valueAxis, 'c:min', 'c:scaling'), chart.title).toBe(String(scale.min));
      expect(attribute(valueAxis, 'c:max', 'c:scaling'), chart.title).toBe(String(scale.max));
      expect(/<c:majorUnit val="([^"]*)"/.exec(valueAxis)?.[1], chart.title).toBe(String(scale.step));
    }
  });

  it('colours bars by topic, hatches and outlines a derived bar, and never lets a value label wrap', () => {
    const both = pptx.chartXml[charts.findIndex((chart) => chart.title === 'Số vụ')] ?? '';
    expect(both).toContain(topicPalette[0].slice(1).toUpperCase());
    expect(both).toContain(topicPalette[1].slice(1).toUpperCase());
    const derived = pptx.chartXml[charts.findIndex((chart) => chart.items.some((item) => item.derived))] ?? '';
    expect(derived).toMatch(/<a:pattFill prst="wdUpDiag">[\s\S]*?<\/a:pattFill><a:ln w="28575">/);
    expect(pptx.chartXml.length).toBe(charts.length);
    for (const xml of pptx.chartXml) {
      const labels = xml.match(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g) ?? [];
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(label).toContain('<a:bodyPr wrap="none"/>');
      // One outline per shape, or PowerPoint asks to repair the file.
      expect(xml).not.toMatch(/<\/a:ln>\s*<a:ln\b/);
    }
    const doughnut = pptx.chartXml[charts.findIndex((chart) => chart.type === 'doughnut')] ?? '';
    expect(doughnut).toContain('<a:pattFill prst="wdUpDiag">');
  });

  it('keeps quantities and codes whole in text: no breakable space inside them', () => {
    const text = pptx.slideXml.join('').replace(/<[^>]+>/g, '');
    expect(text).toContain('83\u00a0vụ');
    expect(text).toContain('trên\u00a0420\u00a0lượt\u00a0người');
    expect(text).toContain('khoảng\u00a0trên\u00a0');
    // A number followed by a breakable space and a unit would let PowerPoint split the quantity.
    expect(text).not.toMatch(/\d (?:vụ|đối tượng|lượt người|người|thôn|tỷ đồng)(?!\p{L})/u);
  });

  it('sets each figure’s value on a line that never wraps', () => {
    const values = description.slides
      .flatMap((slide) => slide.shapes)
      .filter((shape): shape is TextShape => shape.kind === 'text' && /^Figure \d+$/.test(shape.name));
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value.wrap).toBe(false);
  });

  it('colours bullets and numbers in the accent colour', () => {
    const bullets = pptx.slideXml.join('').match(/<a:pPr\b[^>]*>(?:(?!<\/a:pPr>)[\s\S])*<a:bu(?:Char|AutoNum)\b/g) ?? [];
    expect(bullets.length).toBeGreaterThan(5);
    for (const bullet of bullets) expect(bullet).toContain(`<a:buClr><a:srgbClr val="${description.bulletColor}"/></a:buClr>`);
  });

  it('continues the numbering of a list split into two columns, and of a list that goes on from the slide before', () => {
    const slide = allSlides(deck).findIndex((each) => each.title === 'Đề nghị của đồng chí Chủ tịch');
    expect(pptx.slideXml[slide]).toMatch(/<a:buAutoNum type="arabicPeriod" startAt="5"\/>/);
    expect(pptx.slideXml[slide + 1]).toMatch(/<a:buAutoNum type="arabicPeriod" startAt="9"\/>/);
  });

  it('puts presenter hints after the script in the notes, set apart under their label', () => {
    const slide = allSlides(deck).findIndex((each) => (each.hints ?? []).length > 0);
    const spec = description.slides[slide];
    if (!spec) throw new Error('the design deck has a slide with hints');
    const notes = notesText(spec);
    expect(notes.indexOf(spec.notes[0] ?? '')).toBe(0);
    expect(notes).toMatch(/\n\n—+\nGợi ý cho người trình bày:\n/);
    expect(pptx.notesText[slide]).toContain(spec.hints[0]);
  });

  it('claims no author that deck.yaml does not name', () => {
    expect(deck.meta.author).toBe('');
    expect(pptx.core).not.toMatch(/<dc:creator>[^<]+<\/dc:creator>/);
  });
});
