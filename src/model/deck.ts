/**
 * The one model every output (web deck, PDF, PNG, PPTX) is built from. src/content reads and
 * validates slides/ into it; nothing here knows how the content is written or rendered.
 */

/** A figure from the source, such as 80 with its qualifier "trên" and its unit "người". */
export interface Quantity {
  label: string;
  value: number;
  qualifier?: string;
  unit?: string;
  /** Why this value is not in the source but derived from it; shown next to the value. */
  derived?: string;
  /** The source's words that state it, each quoted exactly (src/content checks them against the source). */
  source?: string[];
  /** For a derived value: how it is computed from the cited figures, such as "1.200 ÷ 150%". */
  formula?: string;
  /** The deck topic (deck.yaml `topics`) this figure belongs to: it keeps the topic's colour in every output. */
  topic?: string;
  /**
   * The year of the kept article its `source` cites, such as 2016 for last year's figure beside this
   * year's: that article (slides/2016/) is the one it is checked against. Absent: this year's article.
   */
  year?: number;
}

export const chartTypes = ['bar', 'horizontalBar', 'doughnut'] as const;
export type ChartType = (typeof chartTypes)[number];

export interface ChartSpec {
  type: ChartType;
  title: string;
  /**
   * What every bar counts, in the source's words, such as "bắt giữ" (arrested) or "cai nghiện":
   * one measure per axis, as well as one unit. Each item's quote says it beside the item's number.
   */
  measure?: string;
  items: Quantity[];
  /** A part-to-whole chart's whole, a figure of the source: the parts are shares of it. */
  whole?: Quantity;
}

export type FigureSpec = Quantity;

export interface Inline {
  text: string;
  strong?: boolean;
  em?: boolean;
}

/** A paragraph or list point may cite the source's words (`sources`), when it states a fact. */
export type ParagraphBlock = { type: 'paragraph'; inlines: Inline[]; sources?: string[] };
/**
 * `sources[i]` holds the quotes list point `i` cites (empty for a point that cites none). An ordered
 * list that goes on from an earlier slide starts at `start`.
 */
export type ListBlock = { type: 'list'; ordered: boolean; items: Inline[][]; sources?: string[][]; start?: number };
export type ChartBlock = { type: 'chart'; id: string; chart: ChartSpec };
export type FigureBlock = { type: 'figure'; figure: FigureSpec };

/**
 * What someone said, reported as the source reports it (not a quotation unless the source quotes
 * them): the words, then who said them and in what office, both as the source names them.
 */
export interface StatementSpec {
  text: string;
  by: string;
  role?: string;
  source?: string[];
}
export type StatementBlock = { type: 'statement'; statement: StatementSpec };

/** One part of the talk on its contents slide: a section, and the slide it starts on. */
export interface ContentsEntry {
  title: string;
  slideId: string;
}
/** The parts of the talk that follow, one per section with content slides, made from the deck itself. */
export type ContentsBlock = { type: 'contents'; entries: ContentsEntry[] };

export type TextBlock = ParagraphBlock | ListBlock;
export type Block = TextBlock | ChartBlock | FigureBlock | StatementBlock | ContentsBlock;

export interface SourceLocation {
  file: string;
  line: number;
}

export interface Slide {
  id: string;
  /** 1-based position in the whole deck. */
  number: number;
  /** A level-1 heading makes a title slide; a level-2 heading a content slide. */
  kind: 'title' | 'content';
  title: string;
  blocks: Block[];
  /** Speaker notes, one string per paragraph: the spoken script. */
  notes: string[];
  /**
   * Presenter hints, one string per paragraph: remarks about sources, derivations or caveats that
   * the presenter should know but not read aloud. Shown apart from the script.
   */
  hints?: string[];
  fragments: boolean;
  /** A reference slide, such as the sources appendix: set in the reference size, for readers more than the room. */
  reference?: boolean;
  location: SourceLocation;
}

export interface Section {
  id: string;
  title: string;
  file: string;
  slides: Slide[];
  /** Made by the build, not written in slides/: the "sources of the figures" appendix. */
  appendix?: boolean;
  /** The time planned for this section, in seconds (deck.yaml's `timing.sections`). */
  plannedSeconds?: number;
}

/** A subject the deck's figures belong to, such as one kind of crime: it has one colour in the whole deck. */
export interface Topic {
  id: string;
  label: string;
}

export interface DeckMeta {
  title: string;
  shortTitle?: string;
  subtitle?: string;
  /** Who made the material, only when the source names them; empty otherwise. */
  author: string;
  date: string;
  /** BCP 47 language of the content, such as "vi"; it chooses the deck's Locale. */
  lang: string;
  description: string;
  keywords: string[];
  source?: string;
  /** The topics charts and figures may belong to, in the order that gives them their colours. */
  topics?: Topic[];
  /** Phrases that read as one word and must never break across lines, such as "phòng, chống". */
  keepTogether?: string[];
}

export interface Deck {
  meta: DeckMeta;
  sections: Section[];
  /** Each quote the content cites, mapped to the source's sentence that holds it (see src/content/source-text.ts). */
  sourceSentences?: Record<string, string>;
  /** The slot planned for the whole talk, in seconds (deck.yaml's `timing.total`). */
  plannedSeconds?: number;
}

/**
 * The deck as published: the site, its deck.json and every download it links. The presenter's
 * hints are for the presenter's copy and the console of `npm run present` only.
 */
export function publicDeck(deck: Deck): Deck {
  return {
    ...deck,
    sections: deck.sections.map((section) => ({ ...section, slides: section.slides.map(({ hints: _hints, ...slide }) => slide) })),
  };
}

/** Whether the deck holds presenter hints (the presenter's copy does, the published deck never). */
export function hasHints(deck: Deck): boolean {
  return allSlides(deck).some((slide) => (slide.hints?.length ?? 0) > 0);
}

export function allSlides(deck: Deck): Slide[] {
  return deck.sections.flatMap((section) => section.slides);
}

/** A topic of the deck and its place in deck.yaml's list (which gives its colour), or undefined. */
export function findTopic(topics: readonly Topic[], id: string | undefined): { topic: Topic; index: number } | undefined {
  const index = id === undefined ? -1 : topics.findIndex((topic) => topic.id === id);
  const topic = topics[index];
  return topic ? { topic, index } : undefined;
}
