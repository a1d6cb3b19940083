import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { slideFrame } from '../../../src/model/geometry.ts';
import { contentsNumberWidth, figureCard } from '../../../src/model/placement.ts';
import { lineHeights, minimumTextSize, smallCapsTracking, textSpacing, typeScale } from '../../../src/model/typography.ts';
import { neutralColour, palette, topicPalette } from '../../../src/theme/palette.ts';

const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

describe('the stylesheet follows the model’s sizes, frame and topic colours', async () => {
  const css = await readFile('src/theme/deck.css', 'utf8');
  const variable = (name: string): string | undefined => new RegExp(`--${name}:\\s*([^;]+);`).exec(css)?.[1]?.trim();

  it('declares every size of the type scale, at its value', () => {
    // The charts' own sizes go to Chart.js directly; every other size is a custom property.
    const chartOnly = new Set(['valueLabel', 'categoryTick', 'valueTick', 'legend']);
    for (const [role, size] of Object.entries(typeScale)) {
      expect(variable(`type-${kebab(role)}`), role).toBe(chartOnly.has(role) ? undefined : `${size}px`);
    }
  });

  it('keeps every size legible: running text in the two body sizes, anything else at 24 px or more', () => {
    expect(typeScale.bodyDense).toBeGreaterThanOrEqual(minimumTextSize.body);
    for (const [role, size] of Object.entries(typeScale)) expect(size, role).toBeGreaterThanOrEqual(minimumTextSize.other);
  });

  it('uses the line heights, spacing and frame of the model', () => {
    expect({
      title: variable('line-title'),
      body: variable('line-body'),
      figure: variable('line-figure'),
      label: variable('line-label'),
    }).toEqual(Object.fromEntries(Object.entries(lineHeights).map(([name, value]) => [name, String(value)])));
    expect({
      paragraph: variable('space-paragraph'),
      listItem: variable('space-list-item'),
      listIndent: variable('space-list-indent'),
      tracking: variable('tracking-small-caps'),
    }).toEqual({
      paragraph: `${textSpacing.paragraph}em`,
      listItem: `${textSpacing.listItem}em`,
      listIndent: `${textSpacing.listIndent}em`,
      tracking: `${smallCapsTracking}em`,
    });
    expect({
      coverRadius: variable('frame-cover-radius'),
      figureEdge: variable('figure-edge'),
      contentsNumber: variable('contents-number-width'),
    }).toEqual({
      coverRadius: `${slideFrame.coverRadius}px`,
      figureEdge: `${figureCard.edge}px`,
      contentsNumber: `${contentsNumberWidth}px`,
    });
  });

  it('gives each topic the colour of palette.ts, in order', () => {
    expect(topicPalette.map((_colour, index) => variable(`topic-${index + 1}`))).toEqual([...topicPalette]);
    expect(variable('topic-none')).toBe(neutralColour);
    expect(variable('deck-title-org')).toBe(palette.titleOrg);
  });

  it('has topic colours dark enough for text on the page and on a card (WCAG AA, 4.5:1)', () => {
    for (const colour of [...topicPalette, neutralColour]) {
      expect(contrast(colour, palette.page), colour).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour, palette.card), colour).toBeGreaterThanOrEqual(4.5);
    }
  });
});

function contrast(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
    const [r = 0, g = 0, bl = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
