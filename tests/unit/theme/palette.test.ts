import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { blend, cssFontStack, palette, rgba } from '../../../src/theme/palette.ts';

describe('the palette, the one source of the deck’s colours', () => {
  it('is what deck.css uses', async () => {
    const css = await readFile('src/theme/deck.css', 'utf8');
    const variable = (name: string): string | undefined => new RegExp(`--${name}:\\s*([^;]+);`).exec(css)?.[1]?.trim();
    expect({
      red: variable('deck-red'),
      redDark: variable('deck-red-dark'),
      gold: variable('deck-gold'),
      navy: variable('deck-navy'),
      text: variable('deck-text'),
      muted: variable('deck-muted'),
      page: variable('deck-page'),
      card: variable('deck-card'),
    }).toEqual({
      red: palette.red,
      redDark: palette.redDark,
      gold: palette.gold,
      navy: palette.navy,
      text: palette.text,
      muted: palette.muted,
      page: palette.page,
      card: palette.card,
    });
    expect(variable('deck-title-org')).toBe(palette.titleOrg);
    expect(variable('deck-font')?.replaceAll('"', "'")).toBe(cssFontStack());
  });

  it('mixes colours for CSS and for outputs without transparency', () => {
    expect(rgba('#1b2430', 0.12)).toBe('rgba(27, 36, 48, 0.12)');
    expect(blend('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(() => rgba('red', 1)).toThrow(/expected a colour/);
  });
});
