import { createRequire } from 'node:module';
import type { Page } from 'puppeteer';
import { showSlide } from './deck-session.ts';

/**
 * Product rules that hold for any content, measured in the browser: they run on the fixture
 * decks and on the real deck in dist/ alike, and name the slide and element that breaks them.
 */

export interface SlideFit {
  id: string;
  /** Elements that stick out of the slide's box. */
  overflowing: string[];
  /** Each chart canvas's share of inked pixels. */
  inkByCanvas: number[];
}

/** Shows slide `index` whole and measures it: what sticks out of its box, and how much each chart drew. */
export async function measureSlide(page: Page, index: number): Promise<SlideFit> {
  await showSlide(page, index);
  return page.evaluate(() => {
    const slide = window.Reveal?.getCurrentSlide();
    if (!slide) throw new Error('no current slide');
    const box = slide.getBoundingClientRect();
    const overflowing = [...slide.querySelectorAll<HTMLElement>('*')]
      .filter((element) => !element.closest('aside.notes, .sr-only'))
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) return false;
        return rect.right > box.right + 1 || rect.bottom > box.bottom + 1 || rect.left < box.left - 1 || rect.top < box.top - 1;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`);
    const inkByCanvas = [...slide.querySelectorAll('canvas')].map((canvas) => {
      const context = canvas.getContext('2d');
      if (!context) return 0;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let inked = 0;
      for (let alpha = 3; alpha < data.length; alpha += 4) if ((data[alpha] ?? 0) > 0) inked++;
      return inked / (canvas.width * canvas.height);
    });
    return { id: slide.id, overflowing, inkByCanvas };
  });
}

/** A chart that drew at least this share of its canvas drew something real, not only its axes. */
export const minimumChartInk = 0.02;

export interface PhoneLayout {
  reading: boolean;
  width: number;
  scrollWidth: number;
  /** Elements that reach past the screen's sides. */
  outside: string[];
  shownSlides: number;
}

/** The phone reading layout as the page shows it now. */
export function measurePhoneLayout(page: Page): Promise<PhoneLayout> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const outside = [...document.querySelectorAll<HTMLElement>('.reveal *')]
      .filter((element) => !element.closest('.sr-only, aside.notes'))
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.width > 0 && (rect.right > width + 1 || rect.left < -1);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return {
      reading: document.documentElement.classList.contains('deck-reading'),
      scrollWidth: document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY,
      width,
      outside,
      shownSlides: [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')].filter(
        (slide) => slide.getBoundingClientRect().height > 0 && !slide.hasAttribute('aria-hidden') && !slide.inert,
      ).length,
    };
  });
}

/** Every text on the slides set below `minimum` CSS pixels, with its size. */
export function textsBelow(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((smallest) => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.reveal .slides *')) {
      if (element.closest('.sr-only, aside.notes')) continue;
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!ownText || element.getBoundingClientRect().width === 0) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest)
        found.push(`${element.tagName.toLowerCase()}.${element.className} ${size}px: ${element.textContent?.trim().slice(0, 30)}`);
    }
    return found;
  }, minimum);
}

export interface PhoneChart {
  left: number;
  right: number;
  width: number;
  ink: number;
}

/** Scrolls the slide into view on a phone, waits for its charts to be drawn, and measures them. */
export async function measurePhoneCharts(page: Page, slideId: string): Promise<PhoneChart[]> {
  await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'start' }), slideId);
  await page.waitForFunction(
    (id) =>
      [...(document.getElementById(id)?.querySelectorAll<HTMLCanvasElement>('canvas') ?? [])].every(
        (c) => c.dataset.chartState === 'drawn',
      ),
    { timeout: 10_000 },
    slideId,
  );
  return page.evaluate((id) => {
    return [...(document.getElementById(id)?.querySelectorAll('canvas') ?? [])].map((canvas) => {
      const rect = canvas.getBoundingClientRect();
      const context = canvas.getContext('2d');
      const { data } = context?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
      let inked = 0;
      for (let alpha = 3; alpha < data.length; alpha += 4) if ((data[alpha] ?? 0) > 0) inked++;
      return { left: rect.left, right: rect.right, width: rect.width, ink: inked / (canvas.width * canvas.height) };
    });
  }, slideId);
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe is injected as a script tag, which the deck's Content-Security-Policy would refuse: open the page with this. */
export const bypassCsp = (page: Page): Promise<void> => page.setBypassCSP(true);

export async function injectAxe(page: Page): Promise<void> {
  await page.addScriptTag({ path: axePath });
}

/** axe-core on what is on screen now; violations as one line each, so a failure names them. */
export async function runAxe(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Waits for the fades still running (opacity, visibility, colours), so that axe measures colours
 * at rest. Movements, such as the progress bar's, change no colour and are not waited for.
 */
export async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(
          (animation) => animation instanceof CSSTransition && !/^(transform|width|height|left|top)$/.test(animation.transitionProperty),
        )
        .map((animation) => animation.finished.catch(() => undefined)),
    ).then(() => undefined),
  );
}
