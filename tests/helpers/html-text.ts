/**
 * Reads back what the HTML renderer produced, as a reader or a screen reader gets it: the text
 * of each slide, and the labels that only a screen reader hears (aria-label).
 */

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment: tags become spaces, entities are decoded. */
export function htmlText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' '));
}

/** Every aria-label in the fragment, decoded. */
export function ariaLabels(html: string): string[] {
  return [...html.matchAll(/\saria-label="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

export interface RenderedSlide {
  id: string;
  html: string;
  /** What the slide shows, without its speaker notes. */
  text: string;
  /** The speaker notes, as the notes plugin shows them. */
  notes: string;
  /** What a screen reader hears beyond the text: the charts' labels. */
  labels: string[];
}

/** Splits renderSlides' output into its `<section>` elements, in order. */
export function renderedSlides(html: string): RenderedSlide[] {
  return [...html.matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g)].map((match) => {
    const section = match[0];
    const notes = /<aside class="notes">([\s\S]*?)<\/aside>/.exec(section)?.[1] ?? '';
    return {
      id: decodeEntities(match[1] ?? ''),
      html: section,
      text: htmlText(section.replace(/<aside class="notes">[\s\S]*?<\/aside>/, ' ')),
      notes: htmlText(notes),
      labels: ariaLabels(section),
    };
  });
}
