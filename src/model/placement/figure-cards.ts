import { type FigureSpec, findTopic, type Topic } from '../deck.ts';
import { type Region, slideFrame } from '../geometry.ts';
import { estimateTextWidth } from '../text-metrics.ts';
import { lineHeights, typeScale } from '../typography.ts';
import type { Measure } from './measure.ts';
import { type FigureSize, figureCard, figureSizes, type Placed, type PlacedFigure } from './placed.ts';

export function tile(id: string, figure: FigureSpec, size: FigureSize, box: Region): PlacedFigure {
  const { padX, padY, number } = figureSizes[size];
  const inner = { x: box.x + figureCard.edge + padX, w: box.w - figureCard.edge - 2 * padX };
  const valueHeight = number * lineHeights.figure;
  const labelTop = box.y + padY + valueHeight + figureCard.valueGap;
  return {
    id,
    role: 'figure',
    figure,
    size,
    orientation: 'tile',
    box,
    value: { x: inner.x, y: box.y + padY, w: inner.w, h: valueHeight },
    label: { x: inner.x, y: labelTop, w: inner.w, h: box.y + box.h - padY - labelTop },
  };
}

/** A card's width for its value on one line: its edge, its padding and the value. */
export function tileWidth(figure: FigureSpec, size: FigureSize): number {
  return figureCard.edge + 2 * figureSizes[size].padX + figureValueWidth(figure, size);
}

/** A card's height in a column `width` wide: the value, its label and derivation, the padding. */
export function tileHeight(figure: FigureSpec, size: FigureSize, width: number, measure: Measure): number {
  const { padX, padY, number } = figureSizes[size];
  const inner = width - figureCard.edge - 2 * padX;
  return 2 * padY + number * lineHeights.figure + figureCard.valueGap + labelBlockHeight(figure, inner, measure);
}

/** A figure's label, and under it the explanation of a derived value. */
export function labelBlockHeight(figure: FigureSpec, width: number, measure: Measure): number {
  const lines = (text: string, size: number, cited: boolean): number =>
    measure.lines(text, size, width, 'regular', cited) * size * lineHeights.label;
  return (
    lines(figure.label, typeScale.figureLabel, Boolean(figure.source?.length)) +
    (figure.derived ? figureCard.valueGap + lines(figure.derived, typeScale.derivedNote, false) : 0)
  );
}

/** The figure's value on one line: qualifier and unit beside the number. */
export function figureValueWidth(figure: Pick<FigureSpec, 'qualifier' | 'unit' | 'value'>, size: FigureSize): number {
  const { number, aside } = figureSizes[size];
  const attached = figure.unit?.startsWith('%') ?? false;
  const digits = String(figure.value) + (attached ? (figure.unit ?? '') : '');
  return (
    (figure.qualifier ? estimateTextWidth(`${figure.qualifier} `, aside, 'bold') : 0) +
    estimateTextWidth(digits, number, 'bold') +
    (figure.unit && !attached ? estimateTextWidth(` ${figure.unit}`, aside, 'bold') : 0)
  );
}

/** The band above a row of cards where their topics are named, if any card has a topic. */
export function topicBand(figures: readonly FigureSpec[], topics: readonly Topic[]): number {
  return figures.some((figure) => findTopic(topics, figure.topic)) ? topicLabelHeight + slideFrame.topicGap : 0;
}

export const topicLabelHeight = typeScale.topicLabel * lineHeights.label;

/** Each run of cards of one topic gets its name once, above them, as wide as the run. */
export function topicLabels(
  figures: readonly FigureSpec[],
  topics: readonly Topic[],
  xOf: (index: number) => number,
  width: number,
  gap: number,
  y: number,
): Placed[] {
  const labels: Placed[] = [];
  figures.forEach((figure, index) => {
    const topic = findTopic(topics, figure.topic)?.topic;
    if (!topic || figures[index - 1]?.topic === figure.topic) return;
    let end = index;
    while (figures[end + 1]?.topic === figure.topic) end += 1;
    labels.push({
      id: `topic-${index + 1}`,
      role: 'topic',
      topic,
      box: { x: xOf(index), y, w: (end - index + 1) * width + (end - index) * gap, h: topicLabelHeight },
    });
  });
  return labels;
}
