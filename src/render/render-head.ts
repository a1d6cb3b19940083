import type { Deck } from '../content/schema.ts';
import { escapeHtml } from './escape-html.ts';

/** The page's `<title>` and descriptive meta, from the deck's index. */
export function renderHead(deck: Deck): string {
  const { meta } = deck;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}">`,
    `<meta name="author" content="${escapeHtml(meta.author)}">`,
    `<meta name="keywords" content="${escapeHtml(meta.keywords.join(', '))}">`,
  ].join('\n    ');
}
