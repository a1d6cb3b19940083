import type { ContentsEntry, TextBlock } from '../deck.ts';
import { type Region, slideFrame } from '../geometry.ts';
import { lineHeights, typeScale } from '../typography.ts';
import type { Measure } from './measure.ts';
import { textItem } from './place-text.ts';
import type { BodyPlacement, Overflow, Placed } from './placed.ts';

/** The parts of the talk, numbered, one row each, down the body; any text before them. */
export function placeContents(
  entries: readonly ContentsEntry[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
): BodyPlacement {
  const items: Placed[] = [];
  let top = body.y;
  if (texts.length > 0) {
    const height = measure.blocks(texts, typeScale.body, body.w);
    items.push(textItem('text', texts, { ...body, h: height }, typeScale.body));
    top += height + slideFrame.stackGap;
  }
  const rowHeight = Math.min(contentsRowHeight, (body.y + body.h - top) / Math.max(1, entries.length));
  const placed = entries.map((entry, index) => ({
    ...entry,
    number: index + 1,
    box: { x: body.x, y: top + index * rowHeight, w: body.w, h: rowHeight },
  }));
  const overflows: Overflow[] =
    rowHeight < typeScale.contentsNumber * lineHeights.label
      ? [{ part: 'body', needed: entries.length * contentsRowHeight, available: body.y + body.h - top }]
      : [];
  const tooWide = entries.find((entry) => measure.width(entry.title, typeScale.contentsTitle, 'bold') > body.w - contentsNumberWidth);
  if (tooWide)
    overflows.push({
      part: 'body',
      needed: measure.width(tooWide.title, typeScale.contentsTitle, 'bold'),
      available: body.w - contentsNumberWidth,
    });
  items.push({ id: 'contents', role: 'contents', box: { ...body, y: top, h: rowHeight * entries.length }, entries: placed });
  return { arrangement: 'contents', textSize: typeScale.body, items, overflows };
}

/** A contents row at most this tall, and the column its number stands in. */
const contentsRowHeight = 84;

export const contentsNumberWidth = 88;
