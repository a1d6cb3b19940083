import type { Page } from 'puppeteer';

/**
 * Whether each character of `text` at this weight has a loaded Be Vietnam Pro face to draw it: the
 * page's own cut fonts. (document.fonts.check would also count the whole fonts the site keeps
 * behind the cut ones, which rightly stay unloaded.)
 */
export function isSetInDeckFont(page: Page, weight: string, text: string): Promise<boolean> {
  return page.evaluate(
    (fontWeight, characters) => {
      const faces = [...document.fonts].filter(
        (face) => face.family.replaceAll('"', '') === 'Be Vietnam Pro' && face.weight === fontWeight && face.status === 'loaded',
      );
      const covers = (face: FontFace, codePoint: number): boolean =>
        face.unicodeRange.split(',').some((part) => {
          const [start = '0', end] = part.trim().replace(/^U\+/i, '').split('-');
          return codePoint >= Number.parseInt(start, 16) && codePoint <= Number.parseInt(end ?? start, 16);
        });
      return faces.length > 0 && [...characters].every((character) => faces.some((face) => covers(face, character.codePointAt(0) ?? 0)));
    },
    weight,
    text,
  );
}
