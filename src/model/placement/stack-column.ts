import { type Block, findTopic, type TextBlock, type Topic } from '../deck.ts';
import { type Region, slideFrame } from '../geometry.ts';
import { tile, tileHeight, topicLabelHeight } from './figure-cards.ts';
import type { Measure } from './measure.ts';
import { textItem } from './place-text.ts';
import type { FigureSize, Placed } from './placed.ts';

export interface Column {
  items: Placed[];
  bottom: number;
  textSize: number;
}

/** Figures and text stacked from the top of a column: each figure a card, each run of text a box as tall as it needs. */
export function stackColumn(
  blocks: readonly Block[],
  area: Region,
  figureSize: FigureSize,
  textSize: number,
  measure: Measure,
  topics: readonly Topic[],
): Column {
  const items: Placed[] = [];
  let y = area.y;
  let previousTopic: string | undefined;
  let run: TextBlock[] = [];
  let figures = 0;
  let texts = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const height = measure.blocks(run, textSize, area.w);
    texts += 1;
    items.push(textItem(texts === 1 ? 'text' : `text-${texts}`, run, { ...area, y, h: height }, textSize));
    y += height + slideFrame.stackGap;
    run = [];
  };
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'list') {
      run.push(block);
      continue;
    }
    if (block.type !== 'figure') continue;
    flush();
    figures += 1;
    const topic = findTopic(topics, block.figure.topic)?.topic;
    if (topic && topic.id !== previousTopic) {
      items.push({ id: `topic-${figures}`, role: 'topic', topic, box: { ...area, y, h: topicLabelHeight } });
      y += topicLabelHeight + slideFrame.topicGap;
    }
    previousTopic = block.figure.topic;
    const height = tileHeight(block.figure, figureSize, area.w, measure);
    items.push(tile(`figure-${figures}`, block.figure, figureSize, { ...area, y, h: height }));
    y += height + slideFrame.stackGap;
  }
  flush();
  return { items, bottom: y - slideFrame.stackGap, textSize };
}
