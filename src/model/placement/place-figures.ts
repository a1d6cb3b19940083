import { type FigureSpec, findTopic, type TextBlock, type Topic } from '../deck.ts';
import { type Region, slideFrame } from '../geometry.ts';
import { lineHeights, typeScale } from '../typography.ts';
import {
  figureValueWidth,
  labelBlockHeight,
  tile,
  tileHeight,
  tileWidth,
  topicBand,
  topicLabelHeight,
  topicLabels,
} from './figure-cards.ts';
import type { Measure } from './measure.ts';
import { fitSize, textItem } from './place-text.ts';
import { type BodyPlacement, type FigureSize, figureCard, figureSizes, type Overflow, type Placed } from './placed.ts';
import { stackColumn } from './stack-column.ts';

/** The shares of the content width a column of figures may take beside text, so that each value fits on one line. */
const columnShares = [0.4, 0.45, 0.5] as const;

/**
 * Big figures: in a row of cards of equal width above the text when they fit; one or two beside
 * the text in a column; otherwise each card a strip across the page. A topic is named once, above
 * its cards.
 */
export function placeFigures(
  figures: readonly FigureSpec[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement {
  const rowFirst = figures.length > 1 || texts.length === 0;
  const attempts: (() => BodyPlacement | undefined)[] = rowFirst
    ? [() => figureRow(figures, texts, body, measure, topics), () => figureColumn(figures, texts, body, measure, topics)]
    : [() => figureColumn(figures, texts, body, measure, topics), () => figureRow(figures, texts, body, measure, topics)];
  for (const attempt of attempts) {
    const placed = attempt();
    if (placed) return placed;
  }
  return figureStrips(figures, texts, body, measure, topics);
}

function figureRow(
  figures: readonly FigureSpec[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement | undefined {
  const gap = slideFrame.cardGap;
  const width = (body.w - (figures.length - 1) * gap) / figures.length;
  for (const size of ['normal', 'compact'] as const) {
    if (!figures.every((figure) => tileWidth(figure, size) <= width)) continue;
    const labelBand = topicBand(figures, topics);
    const cardsTop = body.y + labelBand;
    const height = Math.max(...figures.map((figure) => tileHeight(figure, size, width, measure)));
    const items: Placed[] = [];
    items.push(...topicLabels(figures, topics, (index) => body.x + index * (width + gap), width, gap, body.y));
    figures.forEach((figure, index) => {
      items.push(tile(`figure-${index + 1}`, figure, size, { x: body.x + index * (width + gap), y: cardsTop, w: width, h: height }));
    });
    if (texts.length === 0) {
      if (cardsTop + height > body.y + body.h) continue;
      return { arrangement: 'figure-row', textSize: typeScale.body, items, overflows: [] };
    }
    const textTop = cardsTop + height + slideFrame.columnGap;
    const region = { ...body, y: textTop, h: body.y + body.h - textTop };
    const textSize = fitSize(texts, region, measure);
    if (textSize === undefined) continue;
    return { arrangement: 'figure-row', textSize, items: [...items, textItem('text', texts, region, textSize)], overflows: [] };
  }
  return undefined;
}

function figureColumn(
  figures: readonly FigureSpec[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement | undefined {
  if (texts.length === 0 || figures.length > 2) return undefined;
  for (const size of ['normal', 'compact'] as const) {
    const share = columnShares.find((candidate) =>
      figures.every((figure) => tileWidth(figure, size) <= body.w * candidate - slideFrame.columnGap / 2),
    );
    if (share === undefined) continue;
    const width = body.w * share - slideFrame.columnGap / 2;
    const column = stackColumn(
      figures.map((figure) => ({ type: 'figure' as const, figure })),
      { ...body, w: width },
      size,
      typeScale.body,
      measure,
      topics,
    );
    if (column.bottom > body.y + body.h) continue;
    const region = { x: body.x + width + slideFrame.columnGap, y: body.y, w: body.w - width - slideFrame.columnGap, h: body.h };
    const textSize = fitSize(texts, region, measure);
    if (textSize === undefined) continue;
    return { arrangement: 'figure-column', textSize, items: [...column.items, textItem('text', texts, region, textSize)], overflows: [] };
  }
  return undefined;
}

/** Each figure a card across the page, its value in a column as wide as the widest, its label beside it; the text under them. */
function figureStrips(
  figures: readonly FigureSpec[],
  texts: readonly TextBlock[],
  body: Region,
  measure: Measure,
  topics: readonly Topic[],
): BodyPlacement {
  const size: FigureSize = 'compact';
  const { padX, padY, number } = figureSizes[size];
  const valueWidth = Math.max(...figures.map((figure) => figureValueWidth(figure, size)));
  const items: Placed[] = [];
  let y = body.y;
  figures.forEach((figure, index) => {
    const topic = findTopic(topics, figure.topic)?.topic;
    const previous = figures[index - 1];
    if (topic && previous?.topic !== figure.topic) {
      items.push({ id: `topic-${index + 1}`, role: 'topic', topic, box: { x: body.x, y, w: body.w, h: topicLabelHeight } });
      y += topicLabelHeight + slideFrame.topicGap;
    }
    const inner = { x: body.x + figureCard.edge + padX, w: body.w - figureCard.edge - 2 * padX };
    const labelX = inner.x + valueWidth + slideFrame.columnGap;
    const labelWidth = inner.x + inner.w - labelX;
    const labelHeight = labelBlockHeight(figure, labelWidth, measure);
    const height = 2 * padY + Math.max(number * lineHeights.figure, labelHeight);
    const card = { x: body.x, y, w: body.w, h: height };
    items.push({
      id: `figure-${index + 1}`,
      role: 'figure',
      figure,
      size,
      orientation: 'strip',
      box: card,
      value: { x: inner.x, y: y + padY, w: valueWidth, h: height - 2 * padY },
      label: { x: labelX, y: y + padY, w: labelWidth, h: height - 2 * padY },
    });
    y += height + slideFrame.cardGap;
  });
  const overflows: Overflow[] = [];
  let textSize: number = typeScale.body;
  if (texts.length > 0) {
    const top = y - slideFrame.cardGap + slideFrame.columnGap;
    const region = { ...body, y: top, h: body.y + body.h - top };
    const fitted = fitSize(texts, region, measure);
    textSize = fitted ?? typeScale.bodyDense;
    if (fitted === undefined)
      overflows.push({ part: 'body', needed: top - body.y + measure.blocks(texts, textSize, body.w), available: body.h });
    items.push(textItem('text', texts, region, textSize));
  } else if (y - slideFrame.cardGap > body.y + body.h) {
    overflows.push({ part: 'body', needed: y - slideFrame.cardGap - body.y, available: body.h });
  }
  return { arrangement: 'figure-strips', textSize, items, overflows };
}
