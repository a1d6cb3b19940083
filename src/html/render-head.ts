import type { Deck } from '../model/deck.ts';
import { escapeHtml } from './escape-html.ts';

/** Written by the build next to index.html: the title slide at 1200×630. */
export const ogImageFile = 'og-image.png';

/**
 * The page's `<title>`, descriptive meta and social preview meta, from the deck's index.
 * The image is referenced relatively: the site has no fixed address (it works under any
 * path), and crawlers that need an absolute URL resolve it against the shared page's URL.
 */
export function renderHead(deck: Deck): string {
  const { meta } = deck;
  const named = (name: string, content: string): string => `<meta name="${name}" content="${escapeHtml(content)}">`;
  const property = (name: string, content: string): string => `<meta property="${name}" content="${escapeHtml(content)}">`;
  const image = `./${ogImageFile}`;
  return [
    `<title>${escapeHtml(meta.title)}</title>`,
    named('description', meta.description),
    ...(meta.author ? [named('author', meta.author)] : []),
    named('keywords', meta.keywords.join(', ')),
    named('theme-color', '#9b1c1c'),
    property('og:type', 'website'),
    property('og:title', meta.title),
    property('og:description', meta.description),
    ...(meta.author ? [property('og:site_name', meta.author)] : []),
    property('og:locale', meta.lang),
    property('og:image', image),
    property('og:image:type', 'image/png'),
    property('og:image:width', '1200'),
    property('og:image:height', '630'),
    property('og:image:alt', meta.title),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', image),
    named('twitter:image:alt', meta.title),
  ].join('\n    ');
}
