import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeckOrThrow } from '../../../src/content/load-deck.ts';
import { renderSlides } from '../../../src/html/render-slides.ts';
import { allSlides } from '../../../src/model/deck.ts';
import type { DeckContext } from '../../../src/model/deck-context.ts';
import { buildPptxSlides } from '../../../src/pptx/build-pptx-slides.ts';
import { exportPptx } from '../../../src/pptx/export-pptx.ts';
import type { PptxDeck } from '../../../src/pptx/pptx-deck.ts';
import { deckFacts } from '../../helpers/deck-facts.ts';
import { fixtureDecks } from '../../helpers/fixture-decks.ts';
import { decodeXml, type PptxParts, paragraphText, readPptx } from '../../helpers/read-pptx.ts';

/**
 * What PowerPoint's accessibility check and a screen reader read in the PowerPoint files of two
 * fixture decks (every layout between them): titles in title placeholders, charts with alternative
 * text, decorative shapes marked, the web's reading order, one language.
 */
interface Exported {
  context: DeckContext;
  description: PptxDeck;
  pptx: PptxParts;
}

let work: string;
const exported: Exported[] = [];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'deck-pptx-access-'));
  for (const [name, dir] of [
    ['basic', fixtureDecks.basic],
    ['design', fixtureDecks.design],
  ] as const) {
    const context = await loadDeckOrThrow(dir);
    const out = path.join(work, `${name}.pptx`);
    await exportPptx({ context, out });
    exported.push({ context, description: buildPptxSlides(context), pptx: await readPptx(out) });
  }
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Each shape of a slide's tree, in order: its name, its XML. */
function shapes(slideXml: string): { name: string; xml: string }[] {
  return [...slideXml.matchAll(/<p:(sp|graphicFrame|cxnSp)>([\s\S]*?)<\/p:\1>/g)].map((match) => ({
    name: decodeXml(/<p:cNvPr id="\d+" name="([^"]*)"/.exec(match[2] ?? '')?.[1] ?? ''),
    xml: match[0],
  }));
}

const placeholderType = (xml: string): string | undefined => /<p:ph\b[^>]*\btype="([^"]+)"/.exec(xml)?.[1];

describe('the PowerPoint file, read as its accessibility check and a screen reader read it', () => {
  it('puts every slide’s title in a title placeholder, the cover’s in a centre title, as the slide list and outline show them', async () => {
    let checked = 0;
    for (const { context, pptx } of exported) {
      for (const [index, slide] of allSlides(context.deck).entries()) {
        const titles = shapes(pptx.slideXml[index] ?? '').filter((shape) => /^(title|ctrTitle)$/.test(placeholderType(shape.xml) ?? ''));
        expect(titles, slide.id).toHaveLength(1);
        expect(placeholderType(titles[0]?.xml ?? ''), slide.id).toBe(slide.kind === 'title' ? 'ctrTitle' : 'title');
        expect(paragraphText(titles[0]?.xml ?? '').replace(/\s+/g, ' '), slide.id).toBe(slide.title);
        checked += 1;
      }
      // The layouts hold the same placeholders, so a new slide made on them gets one too.
      const layouts = Object.keys(pptx.zip.files).filter((name) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name));
      const types = await Promise.all(layouts.map(async (name) => placeholderType((await pptx.zip.file(name)?.async('string')) ?? '')));
      expect(types.filter(Boolean).sort()).toEqual(['ctrTitle', 'title']);
    }
    expect(checked).toBeGreaterThan(8);
  });

  it('gives every chart alternative text that names each value with its qualifier and unit, derived ones marked', () => {
    let charts = 0;
    for (const { context, pptx } of exported) {
      for (const [index, facts] of deckFacts(context.deck, context.locale).entries()) {
        const frames = shapes(pptx.slideXml[index] ?? '').filter((shape) => shape.xml.startsWith('<p:graphicFrame>'));
        expect(frames, facts.slide.id).toHaveLength(facts.chartTitles.length);
        facts.chartTitles.forEach((title, chart) => {
          const descr = decodeXml(/\sdescr="([^"]*)"/.exec(frames[chart]?.xml ?? '')?.[1] ?? '');
          expect(descr, title).toContain(title);
          for (const value of facts.chartValues.filter((fact) => fact.chartTitle === title)) {
            expect(descr, title).toContain(
              `${value.quantity.label}: ${value.text}${value.derived ? ` ${context.locale.strings.derivedMark}` : ''}`,
            );
          }
          charts += 1;
        });
      }
    }
    expect(charts).toBeGreaterThan(3);
  });

  it('marks the rules, bands and cards decorative, as PowerPoint writes it, and nothing that carries words', () => {
    let decorative = 0;
    for (const { description, pptx } of exported) {
      description.slides.forEach((slide, index) => {
        const written = new Map(shapes(pptx.slideXml[index] ?? '').map((shape) => [shape.name, shape.xml]));
        for (const shape of slide.shapes) {
          const xml = written.get(shape.name) ?? '';
          const marked =
            /<p:cNvPr [^>]*><a:extLst><a:ext uri="\{C183D7F6-B498-43B3-948B-1728B52AA6E4\}"><adec:decorative xmlns:adec="http:\/\/schemas\.microsoft\.com\/office\/drawing\/2017\/decorative" val="1"\/><\/a:ext><\/a:extLst><\/p:cNvPr>/.test(
              xml,
            );
          const expected = 'decorative' in shape && shape.decorative === true;
          expect(marked, `${slide.id}: ${shape.name}`).toBe(expected);
          if (expected) {
            expect(paragraphText(xml), `${slide.id}: ${shape.name}`).toBe('');
            decorative += 1;
          }
        }
      });
    }
    expect(decorative).toBeGreaterThan(10);
  });

  it('reads each slide in the web’s order: its shapes in the order of the slide’s elements on the web page', () => {
    for (const { context, description, pptx } of exported) {
      const html = renderSlides(context);
      for (const [index, slide] of description.slides.entries()) {
        const section = html.slice(html.indexOf(`<section id="${slide.id}"`));
        const web = [...section.slice(0, section.indexOf('</section>')).matchAll(/data-place="([^"]+)"/g)].map((match) => match[1] ?? '');
        // Each placed element's shapes bear its id as words ("figure-2" → "Figure 2", "Figure 2 card"…).
        const named = (id: string): string => `${id.charAt(0).toUpperCase()}${id.slice(1).replace(/-/g, ' ')}`;
        const owner = (name: string): string | undefined =>
          web.filter((id) => name === named(id) || name.startsWith(`${named(id)} `)).sort((a, b) => b.length - a.length)[0];
        const tree = shapes(pptx.slideXml[index] ?? '').map((shape) => shape.name);
        expect(tree, slide.id).toEqual(slide.shapes.map((shape) => shape.name));
        const order = tree.map(owner).filter((id, at, ids) => id !== undefined && id !== ids[at - 1]);
        expect(order, slide.id).toEqual(web);
      }
    }
  });

  it('marks every run, field and default in every part with the deck’s language only', async () => {
    for (const { context, pptx } of exported) {
      const parts = Object.keys(pptx.zip.files).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
      const languages = new Map<string, number>();
      for (const part of parts) {
        const xml = (await pptx.zip.file(part)?.async('string')) ?? '';
        for (const match of xml.matchAll(/\s(lang|altLang)="([^"]*)"|<c:lang val="([^"]*)"/g)) {
          const language = `${match[1] ?? 'c:lang'}=${match[2] ?? match[3]}`;
          languages.set(language, (languages.get(language) ?? 0) + 1);
        }
      }
      expect([...languages.keys()], context.deck.meta.title).toEqual(['lang=vi-VN']);
      expect(languages.get('lang=vi-VN')).toBeGreaterThan(100);
      // The notes' slide-number fields included.
      const notes = (await pptx.zip.file('ppt/notesMasters/notesMaster1.xml')?.async('string')) ?? '';
      expect(notes).toMatch(/<a:fld [^>]*type="slidenum"[^>]*><a:rPr lang="vi-VN"/);
    }
  });
});
