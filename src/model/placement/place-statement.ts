import type { StatementSpec, TextBlock } from '../deck.ts';
import { type Region, slideFrame } from '../geometry.ts';
import { lineHeights, typeScale } from '../typography.ts';
import type { Measure } from './measure.ts';
import { fitSize, textItem } from './place-text.ts';
import type { BodyPlacement, Overflow, Placed } from './placed.ts';

/** A reported statement: the words, then who said them, from the top of the body; any text after it. */
export function placeStatement(statement: StatementSpec, texts: readonly TextBlock[], body: Region, measure: Measure): BodyPlacement {
  const bar = statementBar;
  const size = typeScale.statement;
  const textWidth = body.w - bar;
  const textHeight =
    measure.lines(statement.text, size, textWidth, 'regular', Boolean(statement.source?.length)) * size * lineHeights.label;
  const attributionHeight = (statement.role ? 2 : 1) * typeScale.attribution * lineHeights.label;
  const textBox = { x: body.x + bar, y: body.y, w: textWidth, h: textHeight };
  const attribution = { x: body.x + bar, y: body.y + textHeight + slideFrame.stackGap, w: textWidth, h: attributionHeight };
  const box = { x: body.x, y: body.y, w: body.w, h: attribution.y + attribution.h - body.y };
  const items: Placed[] = [
    {
      id: 'statement',
      role: 'statement',
      statement,
      box,
      bar: { x: body.x, y: body.y, w: statementRule, h: box.h },
      text: textBox,
      attribution,
    },
  ];
  const overflows: Overflow[] = [];
  if (texts.length > 0) {
    const top = box.y + box.h + slideFrame.columnGap;
    const region = { ...body, y: top, h: body.y + body.h - top };
    const fitted = fitSize(texts, region, measure);
    if (fitted === undefined)
      overflows.push({ part: 'body', needed: top - body.y + measure.blocks(texts, typeScale.bodyDense, body.w), available: body.h });
    items.push(textItem('text', texts, region, fitted ?? typeScale.bodyDense));
  } else if (box.h > body.h) overflows.push({ part: 'body', needed: box.h, available: body.h });
  return { arrangement: 'statement', textSize: size, items, overflows };
}

/** The room a statement's rule takes beside its words, and the rule's own width. */
const statementBar = 40;

const statementRule = 6;
