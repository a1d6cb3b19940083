import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { Message } from '../base/message.ts';
import { contentMessage, type MarkdownKind } from '../model/content-messages.ts';
import type { Block, Inline } from '../model/deck.ts';
import { checkChart, checkFigure, checkStatement, type FigureRuleContext } from './check-figures.ts';
import { CitationResolver, extractCitationDefinitions } from './citation-markers.ts';
import { type CitationSite, chartSites, figureSites, type Quote, statementSites } from './citation-sites.ts';
import { normalizeContentText } from './decode-content-text.ts';
import { parseYaml } from './parse-yaml.ts';
import type { Problem } from './problem.ts';
import {
  chartSpecSchema,
  fieldLengths,
  figureSpecSchema,
  type SectionFrontMatter,
  sectionFrontMatterSchema,
  statementSpecSchema,
} from './schema.ts';
import { splitFrontMatter } from './split-front-matter.ts';

/** Raw HTML is off, so any markup an editor types is shown as text, never run. */
const markdown = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false });

export interface ParsedSlide {
  kind: 'title' | 'content';
  title: string;
  blocks: Block[];
  notes: string[];
  /** Presenter hints: notes paragraphs that start with a hint marker, kept apart from the script. */
  hints: string[];
  line: number;
  /** What the slide states and the quotes that cite it, for checkCitations. */
  citations: CitationSite[];
}

export interface ParsedSection {
  frontMatter: SectionFrontMatter;
  /** The file line of the front matter's `title`. */
  titleLine: number;
  slides: ParsedSlide[];
}

export type SectionResult = { section: ParsedSection | undefined; problems: Problem[] };

export interface ParseSectionOptions {
  /** A paragraph starting with one of these opens the slide's speaker notes (the deck's Locale); the first is suggested. */
  notesMarkers: readonly [string, ...string[]];
  /** A notes paragraph starting with one of these is a presenter hint, not part of the spoken script. */
  hintMarkers?: readonly string[];
  /** What the honesty rules for charts and figures may check beyond the section itself. */
  figureRules?: FigureRuleContext;
}

/** Turns one section file's text into slides. Pure: the caller reads the file. */
export function parseSection(file: string, text: string, options: ParseSectionOptions): SectionResult {
  const problems: Problem[] = [];
  const { frontMatter, body, bodyLineOffset } = splitFrontMatter(normalizeContentText(text));

  let parsedFrontMatter: SectionFrontMatter | undefined;
  let titleLine = 1;
  if (frontMatter === undefined) {
    problems.push({ file, line: 1, message: contentMessage('noFrontMatter', {}) });
  } else {
    const result = parseYaml({ file, text: frontMatter, lineOffset: 1 }, sectionFrontMatterSchema);
    if (result.ok) {
      parsedFrontMatter = result.value;
      titleLine = result.lineOf(['title']);
    } else problems.push(...result.problems);
  }

  const citationDefinitions = extractCitationDefinitions(file, body, bodyLineOffset);
  problems.push(...citationDefinitions.problems);
  const citations = new CitationResolver(file, citationDefinitions.definitions, problems);
  const { slides, unclosed } = parseSlides(file, citationDefinitions.body, bodyLineOffset, options, problems, citations);
  citations.reportUnused();
  if (slides.length === 0) {
    problems.push({ file, line: bodyLineOffset + 1, message: contentMessage('noSlides', {}) });
  }
  for (const slide of slides) {
    // An unclosed block swallows the notes after it: that is the one thing to fix.
    if (slide.notes.length === 0 && !unclosed.has(slide)) {
      problems.push({
        file,
        line: slide.line,
        field: 'notes',
        message: contentMessage('noNotes', { title: slide.title, marker: options.notesMarkers[0] }),
      });
    }
  }

  return {
    section: parsedFrontMatter && problems.length === 0 ? { frontMatter: parsedFrontMatter, titleLine, slides } : undefined,
    problems,
  };
}

type NotesPart = 'notes' | 'hints';

function parseSlides(
  file: string,
  body: string,
  lineOffset: number,
  options: ParseSectionOptions,
  problems: Problem[],
  citations: CitationResolver,
): { slides: ParsedSlide[]; unclosed: Set<ParsedSlide> } {
  const { notesMarkers } = options;
  const hintMarkers = options.hintMarkers ?? [];
  const tokens = markdown.parse(body, {});
  const bodyLines = body.split('\n');
  const slides: ParsedSlide[] = [];
  const unclosed = new Set<ParsedSlide>();
  const lineOf = (token: Token): number => lineOffset + (token.map?.[0] ?? 0) + 1;
  let slide: ParsedSlide | undefined;
  let inNotes: NotesPart | false = false;
  /** Which part a notes paragraph goes to: a marker at its start switches, and is dropped. */
  const notesParagraph = (text: string, part: NotesPart): { part: NotesPart; text: string } => {
    const hint = hintMarkers.find((marker) => text.startsWith(marker));
    if (hint) return { part: 'hints', text: text.slice(hint.length).trim() };
    const note = notesMarkers.find((marker) => text.startsWith(marker));
    if (note) return { part: 'notes', text: text.slice(note.length).trim() };
    return { part, text };
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    const line = lineOf(token);

    if (token.type === 'heading_open') {
      const inline = tokens[index + 1] as Token;
      index += 2;
      if (token.tag === 'h1' || token.tag === 'h2') {
        if (slide) slide.citations.push(titleSite(file, slide));
        slide = {
          kind: token.tag === 'h1' ? 'title' : 'content',
          title: plainText(readInlines(inline)),
          blocks: [],
          notes: [],
          line,
          citations: [],
          hints: [],
        };
        slides.push(slide);
        inNotes = false;
        const length = [...slide.title].length;
        if (length > fieldLengths.slideTitle) {
          problems.push({
            file,
            line,
            field: 'title',
            message: contentMessage('titleTooLong', { length, max: fieldLengths.slideTitle }),
          });
        }
      } else {
        problems.push({ file, line, message: contentMessage('headingLevel', { markup: token.markup }) });
      }
      continue;
    }

    if (!slide) {
      problems.push({ file, line, message: contentMessage('textBeforeSlide', {}) });
      index = skipBlock(tokens, index);
      continue;
    }

    if (inNotes) {
      const end = skipBlock(tokens, index);
      const paragraphs = tokens
        .slice(index, end + 1)
        .filter((t) => t.type === 'inline')
        .map((t) => plainText(readInlines(t)));
      for (const paragraph of paragraphs) {
        const sorted = notesParagraph(paragraph, inNotes);
        inNotes = sorted.part;
        if (sorted.text) slide[sorted.part].push(sorted.text);
      }
      index = end;
      continue;
    }

    switch (token.type) {
      case 'paragraph_open': {
        const inline = tokens[index + 1] as Token;
        index += 2;
        const inlines = readInlines(inline, (message) => problems.push({ file, line, message }));
        const marker = [...notesMarkers, ...hintMarkers].find((candidate) => inlines[0]?.text.startsWith(candidate));
        if (marker) {
          const sorted = notesParagraph(plainText(inlines), 'notes');
          inNotes = sorted.part;
          if (sorted.text) slide[sorted.part].push(sorted.text);
        } else {
          const cited = citations.cite(inlines, line, 'paragraph');
          const sources = cited.quotes.map((quote) => quote.text);
          slide.blocks.push({ type: 'paragraph', inlines: cited.inlines, ...(sources.length > 0 && { sources }) });
          slide.citations.push({ kind: 'text', file, line, field: 'paragraph', text: plainText(cited.inlines), quotes: cited.quotes });
        }
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const end = skipBlock(tokens, index);
        const itemLines: number[] = [];
        const list = readList(file, tokens.slice(index, end + 1), lineOf, problems, itemLines);
        slide.blocks.push(citeList(file, list, itemLines, citations, slide.citations));
        index = end;
        break;
      }
      case 'fence': {
        if (!isClosedFence(token, bodyLines)) {
          unclosed.add(slide);
          problems.push(unclosedFenceProblem(file, token, line));
          break;
        }
        const block = readFence(
          file,
          token,
          line,
          { position: slide.blocks.length, slideTitle: slide.title, rules: options.figureRules },
          problems,
        );
        if (block) slide.blocks.push(block);
        const fence = { file, line, content: token.content };
        if (block?.type === 'chart') slide.citations.push(...chartSites(fence, block.chart));
        if (block?.type === 'figure') slide.citations.push(...figureSites(fence, block.figure));
        if (block?.type === 'statement') slide.citations.push(...statementSites(fence, block.statement));
        break;
      }
      default: {
        problems.push({ file, line, message: contentMessage('unsupportedMarkdown', { what: markdownKind(token) }) });
        index = skipBlock(tokens, index);
      }
    }
  }
  if (slide) slide.citations.push(titleSite(file, slide));
  return { slides, unclosed };
}

/** markdown-it lets a fence with no closing line run to the end of the file, taking every slide after it. */
function isClosedFence(token: Token, bodyLines: readonly string[]): boolean {
  const [start = 0, end = 0] = token.map ?? [];
  const last = bodyLines[end - 1] ?? '';
  const fenceCharacter = token.markup[0] === '~' ? '~' : '`';
  const closing = new RegExp(`^\\s*\\${fenceCharacter}{${token.markup.length},}[ \\t]*$`);
  return end - 1 > start && closing.test(last);
}

function unclosedFenceProblem(file: string, token: Token, line: number): Problem {
  const kind = token.info.trim();
  const known = fenceKinds.includes(kind);
  return {
    file,
    line,
    ...(known ? { field: kind } : {}),
    message: contentMessage('unclosedBlock', { ...(known ? { kind } : {}), markup: token.markup }),
  };
}

/** A list whose points cite the source: the markers become the points' `sources`. */
function citeList(
  file: string,
  list: Extract<Block, { type: 'list' }>,
  itemLines: readonly number[],
  citations: CitationResolver,
  sites: CitationSite[],
): Block {
  const sources: string[][] = [];
  const items = list.items.map((item, index) => {
    const line = itemLines[index] ?? 0;
    const field = `list.items[${index + 1}]`;
    const cited = citations.cite(item, line, field);
    sources.push(cited.quotes.map((quote) => quote.text));
    sites.push({ kind: 'text', file, line, field, text: plainText(cited.inlines), quotes: cited.quotes });
    return cited.inlines;
  });
  return { ...list, items, ...(sources.some((quotes) => quotes.length > 0) && { sources }) };
}

/** A slide's title states no fact of its own: any quote on the slide may cite what it says. */
function titleSite(file: string, slide: ParsedSlide): CitationSite {
  const quotes = new Map<string, Quote>();
  for (const site of slide.citations) for (const quote of site.quotes) quotes.set(quote.text, quote);
  return { kind: 'text', file, line: slide.line, field: 'title', text: slide.title, quotes: [...quotes.values()] };
}

function readList(
  file: string,
  tokens: Token[],
  lineOf: (token: Token) => number,
  problems: Problem[],
  itemLines: number[],
): Extract<Block, { type: 'list' }> {
  const ordered = tokens[0]?.type === 'ordered_list_open';
  // A numbered list that goes on from the slide before starts where it left off ("4. …").
  const start = ordered ? Number(tokens[0]?.attrGet('start') ?? 1) : 1;
  const items: Inline[][] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      depth++;
      if (depth === 2) problems.push({ file, line: lineOf(token), message: contentMessage('nestedList', {}) });
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      depth--;
    } else if (token.type === 'inline' && depth === 1) {
      items.push(readInlines(token, (message) => problems.push({ file, line: lineOf(token), message })));
      itemLines.push(lineOf(token));
    } else if (token.type === 'fence' || token.type === 'code_block' || token.type === 'blockquote_open') {
      problems.push({ file, line: lineOf(token), message: contentMessage('markdownInList', { what: markdownKind(token) }) });
    }
  }
  return { type: 'list', ordered, items, ...(start > 1 ? { start } : {}) };
}

interface FencePlace {
  position: number;
  slideTitle: string;
  rules: FigureRuleContext | undefined;
}

function readFence(file: string, token: Token, line: number, place: FencePlace, problems: Problem[]): Block | undefined {
  const kind = token.info.trim();
  const source = { file, text: token.content, lineOffset: line, fieldPrefix: kind };
  if (kind === 'chart') {
    const result = parseYaml(source, chartSpecSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    problems.push(...checkChart(result.value, { file, kind, lineOf: result.lineOf, slideTitle: place.slideTitle }, place.rules ?? {}));
    return { type: 'chart', id: `chart-${place.position + 1}`, chart: result.value };
  }
  if (kind === 'figure') {
    const result = parseYaml(source, figureSpecSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    problems.push(...checkFigure(result.value, { file, kind, lineOf: result.lineOf, slideTitle: place.slideTitle }, place.rules ?? {}));
    return { type: 'figure', figure: result.value };
  }
  if (kind === 'statement') {
    const result = parseYaml(source, statementSpecSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      return undefined;
    }
    problems.push(...checkStatement(result.value, { file, kind, lineOf: result.lineOf, slideTitle: place.slideTitle }));
    return { type: 'statement', statement: result.value };
  }
  if (kind === 'contents') {
    // The parts are the deck's own sections, filled in when the deck is assembled.
    if (token.content.trim() !== '') problems.push({ file, line, field: 'contents', message: contentMessage('contentsNotEmpty', {}) });
    return { type: 'contents', entries: [] };
  }
  problems.push({ file, line, message: contentMessage('unknownBlock', { kind: kind || '```', known: fenceKinds }) });
  return undefined;
}

/** The blocks a fence may open. */
const fenceKinds = ['chart', 'figure', 'statement', 'contents'];

function readInlines(token: Token, report?: (message: Message) => void): Inline[] {
  const inlines: Inline[] = [];
  let strong = false;
  let em = false;
  const push = (text: string): void => {
    if (!text) return;
    const previous = inlines.at(-1);
    if (previous && Boolean(previous.strong) === strong && Boolean(previous.em) === em) previous.text += text;
    else inlines.push({ text, ...(strong && { strong }), ...(em && { em }) });
  };
  for (const child of token.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        push(child.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        push(' ');
        break;
      case 'strong_open':
      case 'strong_close':
        strong = child.type === 'strong_open';
        break;
      case 'em_open':
      case 'em_close':
        em = child.type === 'em_open';
        break;
      case 'link_open':
      case 'link_close':
        break;
      case 'image':
        report?.(contentMessage('unsupportedMarkdown', { what: 'image' }));
        break;
      default:
        push(child.content);
    }
  }
  return inlines;
}

export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => inline.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The index of the token that closes the block opened at `start`. */
function skipBlock(tokens: Token[], start: number): number {
  const first = tokens[start] as Token;
  if (first.nesting !== 1) return start;
  let level = 0;
  for (let index = start; index < tokens.length; index++) {
    level += (tokens[index] as Token).nesting;
    if (level === 0) return index;
  }
  return tokens.length - 1;
}

function markdownKind(token: Token): MarkdownKind {
  const kinds: Record<string, MarkdownKind> = {
    blockquote_open: 'blockquote',
    code_block: 'codeBlock',
    hr: 'rule',
    table_open: 'table',
    html_block: 'html',
  };
  return kinds[token.type] ?? token.type.replace(/_open$/, '');
}
