import type { TextBlock } from '../deck.ts';
import { type Region, slideFrame } from '../geometry.ts';
import { textSpacing, typeScale } from '../typography.ts';
import type { Measure } from './measure.ts';
import { type BodyPlacement, bodySizes, type PlacedText } from './placed.ts';

/** A list with at least this many points may go into two columns. */
const twoColumnListItems = 4;

/** Text alone: one column, or a long list in two, in the regular size if it fits, else the dense one. */
export function placeText(
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  sizes: readonly number[] = bodySizes,
): BodyPlacement {
  const listIndex = texts.findIndex((block) => block.type === 'list' && block.items.length >= twoColumnListItems);
  const tries: { size: number; columns: 1 | 2 }[] = sizes.flatMap((size) => [
    { size, columns: 1 as const },
    ...(listIndex >= 0 ? [{ size, columns: 2 as const }] : []),
  ]);
  let needed = 0;
  for (const attempt of tries) {
    const items =
      attempt.columns === 1 ? [textItem('text', texts, body, attempt.size)] : listColumns(texts, listIndex, body, attempt.size, measure);
    needed = Math.max(...items.map((item) => item.box.y - body.y + measure.blocks(item.blocks, item.size, item.box.w)));
    if (needed <= body.h)
      return { arrangement: attempt.columns === 1 ? 'text' : 'text-columns', textSize: attempt.size, items, overflows: [] };
  }
  const size = sizes[sizes.length - 1] ?? typeScale.bodyDense;
  return {
    arrangement: 'text',
    textSize: size,
    items: [textItem('text', texts, body, size)],
    overflows: [{ part: 'body', needed, available: body.h }],
  };
}

/** The paragraphs before a long list across the width, then the list in two columns, numbered on across them. */
function listColumns(texts: readonly TextBlock[], listIndex: number, body: Region, size: number, measure: Measure): PlacedText[] {
  const list = texts[listIndex];
  if (list?.type !== 'list') return [textItem('text', texts, body, size)];
  const before = texts.slice(0, listIndex);
  const after = texts.slice(listIndex + 1);
  const leadHeight = before.length > 0 ? measure.blocks(before, size, body.w) + size * textSpacing.paragraph : 0;
  const half = Math.ceil(list.items.length / 2);
  const width = (body.w - slideFrame.columnGap) / 2;
  const top = body.y + leadHeight;
  const parts = [
    { ...list, items: list.items.slice(0, half), ...(list.sources ? { sources: list.sources.slice(0, half) } : {}) },
    {
      ...list,
      items: list.items.slice(half),
      ...(list.sources ? { sources: list.sources.slice(half) } : {}),
      ...(list.ordered ? { start: (list.start ?? 1) + half } : {}),
    },
  ];
  const columns = parts.map((part, index) =>
    textItem(
      `list-${index + 1}`,
      [part],
      { x: body.x + index * (width + slideFrame.columnGap), y: top, w: width, h: body.y + body.h - top },
      size,
    ),
  );
  const listBottom = top + Math.max(...columns.map((column) => measure.blocks(column.blocks, size, width)));
  return [
    ...(before.length > 0 ? [textItem('lead', before, { ...body, h: leadHeight }, size)] : []),
    ...columns,
    ...(after.length > 0
      ? [textItem('after', after, { ...body, y: listBottom + size * textSpacing.paragraph, h: body.y + body.h - listBottom }, size)]
      : []),
  ];
}

/** The largest body size at which the text fits the region, if any does. */
export function fitSize(texts: readonly TextBlock[], region: Region, measure: Measure): number | undefined {
  return bodySizes.find((size) => measure.blocks(texts, size, region.w) <= region.h);
}

export function textItem(id: string, blocks: readonly TextBlock[], box: Region, size: number): PlacedText {
  return { id, role: 'text', blocks: [...blocks], size, box };
}
