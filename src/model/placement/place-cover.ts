import type { Slide, TextBlock } from '../deck.ts';
import { type Region, slideFrame, slideGeometry } from '../geometry.ts';
import { balancedLines } from '../text-metrics.ts';
import { lineHeights, typeScale } from '../typography.ts';
import type { Measure } from './measure.ts';
import { textItem } from './place-text.ts';
import type { Overflow, Placed, SlidePlacement } from './placed.ts';

/**
 * The cover and the closing slide: a red card inset from the page's edge, the title in balanced
 * lines over a gold rule, the rest under it, the whole centred in the card.
 */
export function placeCover(slide: Pick<Slide, 'id' | 'title' | 'blocks'>, author: string, measure: Measure): SlidePlacement {
  const f = slideFrame;
  const card: Region = {
    x: f.coverInset,
    y: f.coverInset,
    w: slideGeometry.width - 2 * f.coverInset,
    h: slideGeometry.height - 2 * f.coverInset,
  };
  const x = card.x + f.coverPadding.x;
  const width = card.w - 2 * f.coverPadding.x;
  const texts = slide.blocks.filter((block): block is TextBlock => block.type === 'paragraph' || block.type === 'list');
  const lines = balancedLines(measure.kept(slide.title), typeScale.coverTitle, width, 'bold');
  const orgHeight = author ? typeScale.coverOrg * lineHeights.label : 0;
  const titleHeight = lines.length * typeScale.coverTitle * lineHeights.title;
  const textHeight = texts.length > 0 ? measure.blocks(texts, typeScale.coverText, width) : 0;
  const total = (author ? orgHeight + f.coverOrgGap : 0) + titleHeight + 2 * f.coverRuleGap + f.coverRule + textHeight;
  const innerTop = card.y + f.coverPadding.y;
  const innerHeight = card.h - 2 * f.coverPadding.y;
  let y = innerTop + Math.max(0, (innerHeight - total) / 2);
  const items: Placed[] = [{ id: 'cover', role: 'cover', box: card, decorative: true, radius: f.coverRadius }];
  if (author) {
    items.push({ id: 'org', role: 'org', text: author, box: { x, y, w: width, h: orgHeight } });
    y += orgHeight + f.coverOrgGap;
  }
  items.push({ id: 'title', role: 'title', text: slide.title, level: 1, lines, box: { x, y, w: width, h: titleHeight } });
  y += titleHeight + f.coverRuleGap;
  items.push({ id: 'rule', role: 'rule', decorative: true, box: { x, y, w: width, h: f.coverRule } });
  y += f.coverRule + f.coverRuleGap;
  if (texts.length > 0)
    items.push(textItem('text', texts, { x, y, w: width, h: card.y + card.h - f.coverPadding.y - y }, typeScale.coverText));
  const overflows: Overflow[] = total > innerHeight ? [{ part: 'body', needed: total, available: innerHeight }] : [];
  return { slideId: slide.id, kind: 'cover', arrangement: 'cover', textSize: typeScale.coverText, items, overflows };
}
