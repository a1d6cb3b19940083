import type { Region } from '../model/geometry.ts';
import type { Placed, SlidePlacement } from '../model/placement.ts';

/**
 * The model's boxes as a stylesheet: for every placed element of every slide, its box as custom
 * properties (`--x`, `--y`, `--w`, `--h`, in pixels at the design size), a part's relative to the
 * element it is in. deck.css positions each element in its box on the slide and ignores the boxes
 * in the reading layout of a phone, where every slide is one column.
 */
export function renderPlacementCss(placements: readonly SlidePlacement[]): string {
  const rules: string[] = [];
  for (const placement of placements) {
    const slide = `[id="${cssString(placement.slideId)}"]`;
    for (const item of placement.items) {
      const element = `${slide} [data-place="${cssString(item.id)}"]`;
      rules.push(`${element}{${boxProperties(item.box)}}`);
      for (const [part, region] of partsOf(item))
        rules.push(`${element}>[data-part="${part}"]{${boxProperties(relative(region, item.box))}}`);
    }
  }
  return `${rules.join('\n')}\n`;
}

/** The regions inside a placed element that the web deck positions too. */
function partsOf(item: Placed): [string, Region][] {
  switch (item.role) {
    case 'figure':
      return [
        ['value', item.value],
        ['label', item.label],
      ];
    case 'chart':
      return [
        ['title', item.title],
        ['plot', item.plot],
        ['notes', item.notes],
      ];
    case 'statement':
      return [
        ['bar', item.bar],
        ['text', item.text],
        ['attribution', item.attribution],
      ];
    case 'contents':
      return item.entries.map((entry) => [`entry-${entry.number}`, entry.box]);
    default:
      return [];
  }
}

function relative(region: Region, to: Region): Region {
  return { x: region.x - to.x, y: region.y - to.y, w: region.w, h: region.h };
}

function boxProperties(region: Region): string {
  const px = (value: number): string => `${Math.round(value * 100) / 100}px`;
  return `--x:${px(region.x)};--y:${px(region.y)};--w:${px(region.w)};--h:${px(region.h)}`;
}

/** A value for a quoted CSS attribute selector. */
function cssString(value: string): string {
  return value.replace(/["\\\n]/g, (character) => `\\${character.codePointAt(0)?.toString(16)} `);
}
