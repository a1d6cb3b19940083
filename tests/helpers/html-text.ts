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

/**
 * A source marker is a reference number (the button "1" and the note headed "Nguồn 1"), not a fact
 * of the slide: left out of what the slide says. The cited sentences in the notes stay.
 */
function withoutSourceReferences(section: string): string {
  return (
    section
      // The slide's number in its footer ("6 / 12") is a page number, not a fact either.
      .replace(/<p class="slide__number"[^>]*>[\s\S]*?<\/p>/g, ' ')
      // Nor is a part's number on the contents slide.
      .replace(/<span class="contents__number"[^>]*>[\s\S]*?<\/span>/g, ' ')
      .replace(/<button type="button" class="source-marker[^"]*"[^>]*>[\s\S]*?<\/button>/g, ' ')
      .replace(/(<div class="source-note"[^>]*?)\saria-label="[^"]*"/g, '$1')
      .replace(/<p class="source-note__heading">[\s\S]*?<\/p>/g, ' ')
  );
}

/** Splits renderSlides' output into its `<section>` elements, in order. */
export function renderedSlides(html: string): RenderedSlide[] {
  return [...html.matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g)].map((match) => {
    const section = withoutSourceReferences(match[0]);
    const notes = /<aside class="notes">([\s\S]*?)<\/aside>/.exec(section)?.[1] ?? '';
    // Presenter hints are for the speaker, as the notes are: not what the slide shows.
    const hints = /<aside class="presenter-hints"[^>]*>([\s\S]*?)<\/aside>/.exec(section)?.[1] ?? '';
    return {
      id: decodeEntities(match[1] ?? ''),
      html: section,
      text: htmlText(
        section.replace(/<aside class="notes">[\s\S]*?<\/aside>/, ' ').replace(/<aside class="presenter-hints"[\s\S]*?<\/aside>/, ' '),
      ),
      notes: htmlText(`${notes} ${hints}`),
      labels: ariaLabels(section),
    };
  });
}
