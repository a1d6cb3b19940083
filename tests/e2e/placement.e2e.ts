import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { showWholeSlide } from '../../src/browser/show-whole-slide.ts';
import { loadDeckOrThrow } from '../../src/content/load-deck.ts';
import { allSlides } from '../../src/model/deck.ts';
import type { DeckContext } from '../../src/model/deck-context.ts';
import { slideGeometry } from '../../src/model/geometry.ts';
import { exportPptx } from '../../src/pptx/export-pptx.ts';
import { fixtureDecks } from '../helpers/fixture-decks.ts';
import { readPptx } from '../helpers/read-pptx.ts';
import { type DeckSession, startDeckSession, withoutTransitions } from './support/deck-session.ts';
import { fixtureBuilds } from './support/fixture-builds.ts';

/**
 * The web deck and the PowerPoint file put every block in the same box: both take it from the
 * model's placement, and this holds them to it. The boxes Chromium lays out are read from the
 * built design fixture deck; the PowerPoint file's from its slide XML, exported from the same deck.
 */
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A web element (its placement id, and a part of it) and the PowerPoint shape that translates it. */
function shapeFor(place: string, part: string | undefined): string | undefined {
  const words = place.replace(/-/g, ' ');
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  if (!part) return /^(figure|chart|statement|contents)/.test(place) ? (place.startsWith('figure') ? `${name} card` : undefined) : name;
  if (place.startsWith('figure')) return part === 'value' ? name : `${name} label`;
  if (place.startsWith('chart')) return part === 'plot' ? name : part === 'title' ? `${name} title` : `${name} note`;
  if (place === 'statement') return part === 'text' ? name : `${name} ${part}`;
  if (place === 'contents') return `${name} ${part.replace('entry-', '')}`;
  return undefined;
}

const emuPerPixel = 9525;
/** How far two boxes may be apart: 2 % of the slide's width. */
const tolerance = 0.02 * slideGeometry.width;

function pptxBoxes(xml: string): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const shape of xml.matchAll(/<p:(?:sp|graphicFrame|cxnSp)>[\s\S]*?<\/p:(?:sp|graphicFrame|cxnSp)>/g)) {
    const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(shape[0])?.[1];
    const offset = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(shape[0]);
    const extent = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(shape[0]);
    if (!name || !offset || !extent) continue;
    const [x, y, w, h] = [offset[1], offset[2], extent[1], extent[2]].map((value) => Number(value) / emuPerPixel) as [
      number,
      number,
      number,
      number,
    ];
    boxes.set(name.replace(/&amp;/g, '&'), { x, y, w, h });
  }
  return boxes;
}

async function webBoxes(page: Page): Promise<{ place: string; part?: string; box: Box }[]> {
  return page.evaluate((width) => {
    const slide = window.Reveal?.getCurrentSlide();
    if (!slide) throw new Error('no current slide');
    const origin = slide.getBoundingClientRect();
    const scale = origin.width / width;
    const boxOf = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { x: (rect.left - origin.left) / scale, y: (rect.top - origin.top) / scale, w: rect.width / scale, h: rect.height / scale };
    };
    return [...slide.querySelectorAll<HTMLElement>('[data-place]')].flatMap((element) => [
      { place: element.dataset.place ?? '', box: boxOf(element) },
      ...[...element.querySelectorAll<HTMLElement>(':scope > [data-part]')].map((part) => ({
        place: element.dataset.place ?? '',
        part: part.dataset.part,
        box: boxOf(part),
      })),
    ]);
  }, slideGeometry.width);
}

let session: DeckSession;
let work: string;
let context: DeckContext;
let pptx: Map<string, Box>[];

beforeAll(async () => {
  session = await startDeckSession({ distDir: fixtureBuilds.design });
  work = await mkdtemp(path.join(tmpdir(), 'deck-placement-'));
  context = await loadDeckOrThrow(fixtureDecks.design);
  const out = path.join(work, 'deck.pptx');
  await exportPptx({ context, out });
  pptx = (await readPptx(out)).slideXml.map(pptxBoxes);
});

afterAll(async () => {
  await session?.close();
  await rm(work, { recursive: true, force: true });
});

describe('one placement for the web deck and the PowerPoint file', () => {
  it('gives every block of every slide the same box in Chromium and in the PowerPoint file, within 2 % of the slide width', async () => {
    const page = await session.context.newPage();
    try {
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(`${session.server.url}?${withoutTransitions}`, { waitUntil: 'load' });
      await page.waitForSelector('html[data-deck-ready]');
      const slides = allSlides(context.deck);
      expect(pptx).toHaveLength(slides.length);
      const problems: string[] = [];
      let compared = 0;
      for (const [index, slide] of slides.entries()) {
        await showWholeSlide(page, index, 10_000);
        const web = await webBoxes(page);
        expect(web.length, slide.id).toBeGreaterThan(2);
        for (const { place, part, box } of web) {
          const name = shapeFor(place, part);
          if (!name) continue;
          const shape = pptx[index]?.get(name);
          if (!shape) {
            problems.push(`${slide.id}: the PowerPoint slide has no shape "${name}" for ${place}${part ? ` ${part}` : ''}`);
            continue;
          }
          compared += 1;
          // A rule is a line in PowerPoint: it stands on its box's middle, with no height of its own.
          const pairs: [string, number, number][] =
            place === 'rule' || name.endsWith(' rule')
              ? [
                  ['x', box.x, shape.x],
                  ['y', box.y + box.h / 2, shape.y],
                  ['w', box.w, shape.w],
                ]
              : [
                  ['x', box.x, shape.x],
                  ['y', box.y, shape.y],
                  ['w', box.w, shape.w],
                  ['h', box.h, shape.h],
                ];
          for (const [edge, ours, theirs] of pairs) {
            if (Math.abs(ours - theirs) > tolerance)
              problems.push(
                `${slide.id} ${name}: ${edge} is ${ours.toFixed(1)} px on the web, ${theirs.toFixed(1)} px in the PowerPoint file`,
              );
          }
        }
      }
      expect(compared).toBeGreaterThan(slides.length * 4);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
