import { type Region, slideFrame, slideGeometry } from '../geometry.ts';
import { lineHeights, typeScale } from '../typography.ts';

/** The fixed frame of every content slide: the section label, the title, the rule, the body, the page number. */
export const contentFrame = (() => {
  const f = slideFrame;
  const width = slideGeometry.width - 2 * f.marginX;
  const section: Region = { x: f.marginX, y: f.marginTop, w: width, h: typeScale.sectionLabel * lineHeights.label };
  const title: Region = { x: f.marginX, y: section.y + section.h + f.labelGap, w: width, h: typeScale.title * lineHeights.title };
  const rule: Region = { x: f.marginX, y: title.y + title.h + f.ruleGap, w: width, h: f.rule };
  const bodyTop = rule.y + rule.h + f.bodyGap;
  const bodyBottom = slideGeometry.height - f.marginBottom;
  const body: Region = { x: f.marginX, y: bodyTop, w: width, h: bodyBottom - bodyTop };
  const numberHeight = typeScale.slideNumber * lineHeights.label;
  const number: Region = { x: f.marginX, y: bodyBottom + (f.marginBottom - numberHeight) / 2, w: width, h: numberHeight };
  return { section, title, rule, body, number };
})();
