/**
 * Where a slide's presenter hints are rendered, apart from its notes: src/html/render-slides.ts
 * writes a slide's hints (the notes' "Gợi ý:" paragraphs) as `<aside class="presenter-hints">` with
 * one <p> per paragraph, and the console and the remote show them in their hints panel.
 */
export const presenterHintsSelector = 'aside.presenter-hints';

/** What the console and the remote show of a slide, read from the rendered deck. */
export interface TalkSlide {
  title: string;
  section: string;
  notes: string[];
  hints: string[];
  /** Fragment steps on the slide, counted as reveal.js counts them. */
  fragments: number;
}

export function readTalkSlides(root: ParentNode = document): TalkSlide[] {
  return [...root.querySelectorAll<HTMLElement>('.reveal .slides > section')].map((section) => ({
    title: keptText(section.querySelector('h1, h2')),
    section: section.dataset.section ?? '',
    notes: paragraphs(section, 'aside.notes'),
    hints: paragraphs(section, presenterHintsSelector),
    fragments: fragmentSteps(section),
  }));
}

/**
 * An element's text as one line of plain text, with what the slide keeps together (a quantity, a
 * phrase, the last two words: its `.nowrap` spans) bound by no-break spaces, so that the console and
 * the remote never break it either.
 */
function keptText(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const kept of copy.querySelectorAll('.nowrap')) kept.textContent = (kept.textContent ?? '').replace(/ /g, '\u00a0');
  return (copy.textContent ?? '').replace(/\s+/g, (space) => (space.includes('\u00a0') ? '\u00a0' : ' ')).trim();
}

function paragraphs(section: HTMLElement, selector: string): string[] {
  const aside = section.querySelector(selector);
  if (!aside) return [];
  const found = [...aside.querySelectorAll('p')].map((p) => p.textContent?.trim() ?? '').filter(Boolean);
  const whole = aside.textContent?.trim() ?? '';
  return found.length > 0 ? found : whole ? [whole] : [];
}

/** Fragments that share a `data-fragment-index` appear together, as one step. */
function fragmentSteps(section: HTMLElement): number {
  const indices = new Set<string>();
  let unindexed = 0;
  for (const fragment of section.querySelectorAll<HTMLElement>('.fragment')) {
    if (fragment.closest('aside')) continue;
    const index = fragment.dataset.fragmentIndex;
    if (index === undefined) unindexed++;
    else indices.add(index);
  }
  return indices.size + unindexed;
}
