import type { ChartView } from '../charts/chart-view.ts';
import { chartTheme } from '../charts/theme.ts';
import { slideChartViews, topicColour } from '../charts/to-chart-view.ts';
import type { ContentsEntry, FigureSpec, Inline, Slide, TextBlock } from '../model/deck.ts';
import { allSlides } from '../model/deck.ts';
import type { DeckContext } from '../model/deck-context.ts';
import { pixelsPerInch, type Region } from '../model/geometry.ts';
import {
  contentFrame,
  contentsNumberWidth,
  figureCard,
  figureSizes,
  type Placed,
  type PlacedChart,
  type PlacedFigure,
  type PlacedStatement,
  placeSlide,
} from '../model/placement.ts';
import { findKeptRanges, keepRangesTogether, keepTogether, quantityParts } from '../model/quantity.ts';
import { fillIn } from '../model/speaker-strings.ts';
import { lineHeights, smallCapsTracking, textSpacing, typeScale } from '../model/typography.ts';
import { blend, fontFamilies, paleAlpha, palette } from '../theme/palette.ts';
import type { Box, ChartShape, PptxDeck, PptxShape, PptxSlide, TextParagraph, TextRun, TextShape } from './pptx-deck.ts';
import { valueFormatCode } from './value-format-code.ts';

/**
 * Deck → a plain description of every PowerPoint slide, one per deck slide, in order. It only
 * translates: every box comes from the model's placement (src/model/placement.ts), every size from
 * its typography, every colour from the theme, so that the PowerPoint file shows what the web
 * deck shows. Pixels at the design size become inches (96 px) and points (0.75 pt).
 */
export function buildPptxSlides(context: DeckContext): PptxDeck {
  const { meta } = context.deck;
  const total = allSlides(context.deck).length;
  return {
    meta: {
      title: meta.title,
      subject: meta.description,
      author: meta.author,
      lang: meta.lang,
      proofingLanguage: context.locale.officeLanguage,
      keywords: meta.keywords,
    },
    fontFace: fontFamilies[0],
    bulletColor: colours.red,
    titleBox: box(contentFrame.title),
    slides: context.deck.sections.flatMap((section) =>
      section.slides.map((slide) => new SlideTranslator(slide, context, total).translate(section.title)),
    ),
  };
}

const inches = (px: number): number => round(px / pixelsPerInch);
const pt = (px: number): number => round((px * 72) / pixelsPerInch);
const box = (region: Region): Box => ({ x: inches(region.x), y: inches(region.y), w: inches(region.w), h: inches(region.h) });

const hex = (colour: string): string => colour.replace('#', '').toUpperCase();
const colours = {
  red: hex(palette.red),
  redDark: hex(palette.redDark),
  gold: hex(palette.gold),
  navy: hex(palette.navy),
  text: hex(palette.text),
  muted: hex(palette.muted),
  page: hex(palette.page),
  card: hex(palette.card),
  white: hex(palette.white),
  titleOrg: hex(palette.titleOrg),
};

/** How text looks on a slide's background: dark on the page, light on the red cover. */
interface Ink {
  text: string;
  strong: string;
}
const onPage: Ink = { text: colours.text, strong: colours.redDark };
const onRed: Ink = { text: colours.white, strong: colours.white };

class SlideTranslator {
  private readonly views: Map<unknown, ChartView>;
  private readonly ink: Ink;

  constructor(
    private readonly slide: Slide,
    private readonly context: DeckContext,
    private readonly total: number,
  ) {
    this.views = slideChartViews(slide, context);
    this.ink = slide.kind === 'title' ? onRed : onPage;
  }

  translate(sectionTitle: string): PptxSlide {
    const placement = placeSlide(this.slide, sectionTitle, this.context);
    return {
      id: this.slide.id,
      layout: placement.arrangement,
      background: colours.page,
      shapes: placement.items.flatMap((item) => this.shapes(item)),
      notes: this.slide.notes,
      hints: this.slide.hints ?? [],
      hintLabel: this.context.locale.strings.hintLabel,
    };
  }

  private shapes(item: Placed): PptxShape[] {
    const { locale } = this.context;
    const name = shapeName(item.id);
    switch (item.role) {
      case 'cover':
        return [{ kind: 'rect', name, box: box(item.box), fill: colours.red, radius: inches(item.radius), decorative: true }];
      case 'rule':
        return [
          {
            kind: 'rule',
            name,
            box: box({ ...item.box, y: item.box.y + item.box.h / 2, h: 0 }),
            color: colours.gold,
            width: pt(item.box.h),
            decorative: true,
          },
        ];
      case 'section':
        return [
          this.line(name, item.box, locale.upper(item.text), typeScale.sectionLabel, colours.red, { tracking: true, valign: 'bottom' }),
        ];
      case 'org':
        return [this.line(name, item.box, locale.upper(item.text), typeScale.coverOrg, colours.titleOrg, { tracking: true })];
      case 'title': {
        const cover = item.level === 1;
        const size = cover ? typeScale.coverTitle : typeScale.title;
        return [
          {
            kind: 'text',
            name,
            box: box(item.box),
            valign: cover ? 'top' : 'bottom',
            // A placeholder's text takes the master's title style (centred) unless the slide says otherwise.
            align: 'left',
            placeholder: cover ? 'centreTitle' : 'title',
            paragraphs: [
              {
                runs: titleRuns(item.lines.map((line) => keepRangesTogether(line, this.context.vocabulary))),
                fontSize: pt(size),
                color: cover ? colours.white : colours.navy,
                bold: true,
                lineSpacing: lineHeights.title,
              },
            ],
          },
        ];
      }
      case 'number':
        return [
          this.line(
            name,
            item.box,
            fillIn(locale.strings.pageNumber, this.slide.number, this.total),
            typeScale.slideNumber,
            colours.muted,
            {
              align: 'right',
              bold: true,
            },
          ),
        ];
      case 'topic':
        return [
          this.line(
            name,
            item.box,
            locale.upper(item.topic.label),
            typeScale.topicLabel,
            hex(topicColour(item.topic.id, this.context.topics)),
            { tracking: true },
          ),
        ];
      case 'text':
        return [this.textShape(name, item.blocks, item.box, item.size)];
      case 'figure':
        return this.figure(item, name);
      case 'chart':
        return this.chart(item, name);
      case 'statement':
        return this.statement(item, name);
      case 'contents':
        return this.contents(item.entries, name);
    }
  }

  /** One line of small text that never wraps. */
  private line(
    name: string,
    region: Region,
    text: string,
    sizePx: number,
    color: string,
    options: { tracking?: boolean; align?: 'right'; bold?: boolean; valign?: TextShape['valign'] } = {},
  ): TextShape {
    return {
      kind: 'text',
      name,
      box: box(region),
      valign: options.valign ?? 'top',
      wrap: false,
      ...(options.align ? { align: options.align } : {}),
      paragraphs: [
        {
          runs: [{ text }],
          fontSize: pt(sizePx),
          color,
          bold: options.bold ?? true,
          lineSpacing: lineHeights.label,
          ...(options.tracking ? { charSpacing: pt(sizePx * smallCapsTracking) } : {}),
        },
      ],
    };
  }

  private textShape(name: string, blocks: readonly TextBlock[], region: Region, sizePx: number): TextShape {
    const last = blocks.length - 1;
    return {
      kind: 'text',
      name,
      box: box(region),
      valign: 'top',
      paragraphs: blocks.flatMap((block, index) => this.paragraphs(block, pt(sizePx), index === last)),
    };
  }

  private paragraphs(block: TextBlock, fontSize: number, last: boolean): TextParagraph[] {
    const after = last ? 0 : round(fontSize * textSpacing.paragraph);
    if (block.type === 'paragraph')
      return [{ runs: this.runs(block.inlines), fontSize, color: this.ink.text, spaceAfter: after, lineSpacing: lineHeights.body }];
    return block.items.map((item, index) => ({
      runs: this.runs(item),
      fontSize,
      color: this.ink.text,
      bullet: block.ordered ? 'number' : 'bullet',
      indent: round(fontSize * textSpacing.listIndent),
      ...(block.ordered && index === 0 && block.start && block.start > 1 ? { startAt: block.start } : {}),
      spaceAfter: index === block.items.length - 1 ? after : round(fontSize * textSpacing.listItem),
      lineSpacing: lineHeights.body,
    }));
  }

  /**
   * Inline runs with the spaces inside each kept range (a quantity, a code, a phrase, a short last
   * word with the one before it) made no-break spaces: PowerPoint has no `white-space: nowrap`.
   */
  private runs(inlines: readonly Inline[]): TextRun[] {
    const text = inlines.map((inline) => inline.text).join('');
    const ranges = findKeptRanges(text, this.context.vocabulary);
    let offset = 0;
    return inlines.map((inline) => {
      const start = offset;
      offset += inline.text.length;
      const bound = inline.text.replace(/ /g, (space, index: number) =>
        ranges.some((range) => range.start <= start + index && start + index < range.end) ? keepTogether(space) : space,
      );
      return {
        text: bound,
        ...(inline.strong ? { bold: true, color: this.ink.strong } : {}),
        ...(inline.em ? { italic: true } : {}),
      };
    });
  }

  /** A big figure: a white card with an edge in its topic's colour, its value on a line that never wraps, its label and derivation. */
  private figure(item: PlacedFigure, name: string): PptxShape[] {
    const { figure } = item;
    const colour = hex(topicColour(figure.topic, this.context.topics));
    const { locale } = this.context;
    const details: TextParagraph[] = [
      {
        runs: this.runs([{ text: figure.label }]),
        fontSize: pt(typeScale.figureLabel),
        color: colours.text,
        lineSpacing: lineHeights.label,
      },
    ];
    if (figure.derived) {
      details.push({
        runs: [{ text: `${locale.strings.derivedMark}: `, bold: true }, ...this.runs([{ text: figure.derived }])],
        fontSize: pt(typeScale.derivedNote),
        color: colours.text,
        lineSpacing: lineHeights.label,
      });
    }
    return [
      { kind: 'rect', name: `${name} card`, box: box(item.box), fill: colours.card, shadow: true, decorative: true },
      { kind: 'rect', name: `${name} edge`, box: box({ ...item.box, w: figureCard.edge }), fill: colour, decorative: true },
      {
        kind: 'text',
        name,
        box: box(item.value),
        valign: item.orientation === 'strip' ? 'middle' : 'top',
        wrap: false,
        paragraphs: [
          {
            runs: this.valueRuns(figure, item, colour),
            fontSize: pt(figureSizes[item.size].aside),
            color: colours.navy,
            bold: true,
            lineSpacing: lineHeights.figure,
          },
        ],
      },
      {
        kind: 'text',
        name: `${name} label`,
        box: box(item.label),
        valign: item.orientation === 'strip' ? 'middle' : 'top',
        paragraphs: details,
      },
    ];
  }

  /** The number large in its topic's colour, the words around it smaller: the same parts as the web figure. */
  private valueRuns(figure: FigureSpec, item: PlacedFigure, colour: string): TextRun[] {
    const parts = quantityParts(figure, this.context.locale);
    const { number, aside } = figureSizes[item.size];
    const around = { fontSize: pt(aside), color: colours.navy };
    const attached = parts.unitAttached ? (parts.unit ?? '') : '';
    return [
      ...(parts.qualifier ? [{ text: keepTogether(`${parts.qualifier} `), ...around }] : []),
      { text: `${parts.number}${attached}`, fontSize: pt(number), color: colour },
      ...(parts.unit && !parts.unitAttached ? [{ text: keepTogether(` ${parts.unit}`), ...around }] : []),
    ];
  }

  /** A chart: its title above, the native chart in the plot's box, the explanation of its derived values below. */
  private chart(item: PlacedChart, name: string): PptxShape[] {
    const view = this.views.get(item.block);
    if (!view) throw new Error(`chart ${item.block.id} is not among its slide's charts`);
    const shapes: PptxShape[] = [
      {
        kind: 'text',
        name: `${name} title`,
        box: box(item.title),
        valign: 'top',
        paragraphs: [
          {
            runs: this.runs([{ text: view.title }]),
            fontSize: pt(typeScale.chartTitle),
            color: colours.navy,
            bold: true,
            lineSpacing: lineHeights.label,
          },
        ],
      },
      this.chartShape(view, item.plot, name),
    ];
    if (view.notes.length > 0) {
      shapes.push({
        kind: 'text',
        name: `${name} note`,
        box: box(item.notes),
        valign: 'top',
        paragraphs: view.notes.map((note) => ({
          runs: [{ text: `${note.label} ${note.mark}: `, bold: true, color: colours.text }, ...this.runs([{ text: note.text }])],
          fontSize: pt(typeScale.derivedNote),
          color: colours.text,
          lineSpacing: lineHeights.label,
        })),
      });
    }
    return shapes;
  }

  private chartShape(view: ChartView, region: Region, name: string): ChartShape {
    const { locale } = this.context;
    const page = palette.page;
    return {
      kind: 'chart',
      name,
      box: box(region),
      chartType: view.type,
      title: view.title,
      scale: view.scale,
      altText: view.description,
      items: view.items.map((item) => {
        const colour = hex(item.colour);
        return {
          label: item.label,
          value: item.value,
          valueLabel: item.lines.join(' '),
          formatCode: valueFormatCode(item.parts, locale.strings.derivedMark),
          fill: item.derived ? hex(blend(item.colour, paleAlpha, page)) : colour,
          ...(item.derived ? { outline: colour, hatch: colour } : {}),
          labelColor: view.type === 'doughnut' && !item.derived ? colours.white : hex(chartTheme.textColor),
          derived: item.derived,
        };
      }),
      style: {
        textColor: hex(chartTheme.textColor),
        mutedColor: hex(chartTheme.mutedColor),
        gridColor: hex(blend(palette.text, paleAlpha, page)),
        valueLabelSize: pt(chartTheme.valueLabelSize),
        tickSize: pt(chartTheme.categoryTickSize),
        valueTickSize: pt(chartTheme.valueTickSize),
        legendSize: pt(typeScale.legend),
        sliceBorder: colours.white,
      },
    };
  }

  /** A reported statement: a red bar, the words, then who said them. */
  private statement({ statement, bar, text, attribution }: PlacedStatement, name: string): PptxShape[] {
    const runs = (value: string, extra: Partial<TextRun> = {}): TextRun[] =>
      this.runs([{ text: value }]).map((run) => ({ ...run, ...extra }));
    return [
      { kind: 'rect', name: `${name} bar`, box: box(bar), fill: colours.red, decorative: true },
      {
        kind: 'text',
        name,
        box: box(text),
        valign: 'top',
        paragraphs: [
          { runs: runs(statement.text), fontSize: pt(typeScale.statement), color: colours.navy, lineSpacing: lineHeights.label },
        ],
      },
      {
        kind: 'text',
        name: `${name} attribution`,
        box: box(attribution),
        valign: 'top',
        paragraphs: [
          {
            runs: runs(statement.by, { bold: true }),
            fontSize: pt(typeScale.attribution),
            color: colours.text,
            lineSpacing: lineHeights.label,
          },
          ...(statement.role
            ? [{ runs: runs(statement.role), fontSize: pt(typeScale.attribution), color: colours.muted, lineSpacing: lineHeights.label }]
            : []),
        ],
      },
    ];
  }

  /** The parts of the talk, each with its number in the accent colour. */
  private contents(entries: readonly (ContentsEntry & { number: number; box: Region })[], name: string): PptxShape[] {
    return entries.flatMap((entry) => [
      {
        kind: 'rule' as const,
        name: `${name} ${entry.number} rule`,
        box: box({ ...entry.box, y: entry.box.y + entry.box.h, h: 0 }),
        color: hex(blend(palette.gold, 0.5, palette.page)),
        width: pt(1),
        decorative: true,
      },
      {
        kind: 'text' as const,
        name: `${name} ${entry.number}`,
        box: box(entry.box),
        valign: 'middle' as const,
        paragraphs: [
          {
            runs: [
              { text: `${entry.number}\t`, fontSize: pt(typeScale.contentsNumber), color: colours.red },
              ...this.runs([{ text: entry.title }]).map((run) => ({ ...run, color: colours.navy })),
            ],
            fontSize: pt(typeScale.contentsTitle),
            color: colours.navy,
            bold: true,
            tabStop: inches(contentsNumberWidth),
            lineSpacing: lineHeights.label,
          },
        ],
      },
    ]);
  }
}

/** A shape's name in PowerPoint's selection pane: the placement's id, read as words ("figure-2" → "Figure 2"). */
function shapeName(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A title in the lines the model chose, as one paragraph with line breaks: each line but the last
 * keeps its trailing space, so the title reads (and is found) as one run of words.
 */
function titleRuns(lines: readonly string[]): TextRun[] {
  return lines.map((line, index) => ({ text: index < lines.length - 1 ? `${line} ` : line, ...(index > 0 ? { breakBefore: true } : {}) }));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
