import { messageMaker, type NoParams, type Say } from '../base/message.ts';
import type { Problem } from './problem.ts';

type Entry<Params> = (params: Params, say: Say) => string;

/** A value as it was read, for a problem to show: a text is cut when it is long. */
export type ShownValue =
  | { kind: 'nothing' }
  | { kind: 'list' }
  | { kind: 'fields' }
  | { kind: 'text'; text: string; length?: number }
  | { kind: 'plain'; text: string };

/** What a field expects, as the schema names it. */
export type Expected = 'string' | 'number' | 'int' | 'boolean' | 'array' | 'object' | (string & {});

/** Advice added to a type error, from what was written. */
export type TypeHint =
  | { kind: 'commaAmbiguous'; decimal: string; thousands: string }
  | { kind: 'decimalComma' }
  | { kind: 'separators'; plain: string }
  | { kind: 'quoteIt'; text: string }
  | { kind: 'spaceAfterColon' }
  | { kind: 'spaceAfterDash' };

/** Why a content file cannot be read at all. */
export type Unreadable = 'missing' | 'folder' | 'permission';

/** Where a quote stops matching the source. */
export type QuoteMiss = { kind: 'case' } | { kind: 'none' } | { kind: 'differs'; upTo: string; sourceHas: string; quoteHas: string };

/** What is wrong with a derived value's formula. */
export type FormulaProblem =
  | { kind: 'cannotRead'; from: string }
  | { kind: 'endsEarly' }
  | { kind: 'unclosed' }
  | { kind: 'expectedNumber'; found: string }
  | { kind: 'notANumber'; text: string }
  | { kind: 'unexpected'; text: string }
  | { kind: 'notFinite' };

/** A kind of Markdown the slides do not use. */
export type MarkdownKind = 'blockquote' | 'codeBlock' | 'rule' | 'table' | 'html' | 'image' | (string & {});

/** A character that is not seen but changes what is seen. */
export type InvisibleKind = 'zeroWidth' | 'direction' | 'softHyphen' | 'separator' | 'byteOrderMark' | 'control' | 'format';

/** Where a fact without a citation stands: it says how to cite it. */
export type CitePlace = 'block' | 'title' | 'text';

/** A rule of the content schemas (src/content/schema.ts), named in the schema and worded by the Locale. */
export type SchemaRule =
  | 'empty'
  | 'tooLong'
  | 'needsQuote'
  | 'derivedNeedsExplanation'
  | 'measureMissing'
  | 'needsItem'
  | 'doughnutTwoItems'
  | 'fileNameFolder'
  | 'fileNameHidden'
  | 'fileNameInvisible'
  | 'sectionNotMarkdown'
  | 'topicIdForm'
  | 'tooManyKeywords'
  | 'needsSection'
  | 'unsupportedLanguage'
  | 'negative'
  | 'tooBig'
  | 'yearDigits'
  | 'yearWhole'
  | 'duration'
  | 'timingUnknownSection'
  | 'timingSum';

/** Values every schema rule may show: the value that was read, and the rule's own. */
export interface RuleParams {
  got?: ShownValue;
  max?: number;
  supported?: string[];
  file?: string;
  sum?: number;
  total?: number;
  relation?: 'more' | 'less';
}

/**
 * Every message about the content an editor can meet: the problems that refuse a build, the
 * warnings, and the list that holds them. The Locale words each one; each says what is wrong and
 * what to do.
 */
export interface ContentMessages {
  /** The list a refused build shows. */
  problemList: Entry<{ problems: readonly Problem[] }>;
  /** One warning line. */
  warning: Entry<{ problem: Problem }>;

  // Schema rules
  empty: Entry<RuleParams>;
  tooLong: Entry<RuleParams>;
  needsQuote: Entry<RuleParams>;
  derivedNeedsExplanation: Entry<RuleParams>;
  measureMissing: Entry<RuleParams>;
  needsItem: Entry<RuleParams>;
  doughnutTwoItems: Entry<RuleParams>;
  fileNameFolder: Entry<RuleParams>;
  fileNameHidden: Entry<RuleParams>;
  fileNameInvisible: Entry<RuleParams>;
  sectionNotMarkdown: Entry<RuleParams>;
  topicIdForm: Entry<RuleParams>;
  tooManyKeywords: Entry<RuleParams>;
  needsSection: Entry<RuleParams>;
  unsupportedLanguage: Entry<RuleParams>;
  negative: Entry<RuleParams>;
  tooBig: Entry<RuleParams>;
  yearDigits: Entry<RuleParams>;
  yearWhole: Entry<RuleParams>;
  duration: Entry<RuleParams>;
  timingUnknownSection: Entry<RuleParams>;
  timingSum: Entry<RuleParams>;

  // What the schema's types say
  required: Entry<{ expected: readonly Expected[] }>;
  wrongType: Entry<{ expected: Expected; got: ShownValue; hint?: TypeHint }>;
  ambiguousDecimal: Entry<{ written: string; decimal: string; thousands: string }>;
  unknownFields: Entry<{ keys: readonly string[] }>;
  notOneOf: Entry<{ values: readonly string[]; got: ShownValue }>;
  notAcceptedForm: Entry<{ got: ShownValue }>;
  /** A check the schema words in its own way (never expected: every rule has its words). */
  otherRule: Entry<{ detail: string }>;

  // Reading the fields
  alias: Entry<{ name: string }>;
  anchor: Entry<{ name: string }>;
  tag: Entry<{ tag: string }>;
  yamlTab: Entry<{ under?: string }>;
  yamlColonInValue: Entry<{ key: string; value: string }>;
  yamlNotAligned: Entry<{ under?: string }>;
  yamlListNotClosed: Entry<NoParams>;
  yamlGroupNotClosed: Entry<NoParams>;
  yamlNotAField: Entry<{ under?: string }>;
  yamlQuoteNotClosed: Entry<{ quote: string }>;
  yamlLessIndented: Entry<{ under?: string }>;
  yamlNeedsColon: Entry<NoParams>;
  yamlSomethingMissing: Entry<NoParams>;
  yamlDuplicate: Entry<{ key?: string }>;
  yamlBadStart: Entry<{ character: string }>;
  yamlTextAfterQuote: Entry<NoParams>;
  yamlDocumentEnd: Entry<NoParams>;
  yamlBackslash: Entry<NoParams>;
  yamlFlowOnOneLine: Entry<NoParams>;
  yamlLongKey: Entry<NoParams>;
  yamlUnreadable: Entry<NoParams>;

  // Files
  utf16: Entry<NoParams>;
  notUtf8: Entry<{ byteInLine: number; byteInFile: number; hex: string; before?: string }>;
  invisible: Entry<{ code: string; kind: InvisibleKind; before?: string; otherLines: readonly number[]; more: boolean }>;
  indexUnreadable: Entry<{ reason: Unreadable }>;
  fileUnreadable: Entry<{ reason: Unreadable; name: string; dir: string }>;
  outsideLink: Entry<{ name: string; dir: string }>;
  unlisted: Entry<NoParams>;
  sectionTwice: Entry<{ file: string; earlier: number }>;
  tooManyTopics: Entry<{ count: number; colours: number }>;
  topicTwice: Entry<{ id: string }>;
  sourceMissing: Entry<NoParams>;

  // Sections
  noFrontMatter: Entry<NoParams>;
  noSlides: Entry<NoParams>;
  noNotes: Entry<{ title: string; marker: string }>;
  titleTooLong: Entry<{ length: number; max: number }>;
  headingLevel: Entry<{ markup: string }>;
  textBeforeSlide: Entry<NoParams>;
  unsupportedMarkdown: Entry<{ what: MarkdownKind }>;
  markdownInList: Entry<{ what: MarkdownKind }>;
  nestedList: Entry<NoParams>;
  unclosedBlock: Entry<{ kind?: string; markup: string }>;
  contentsNotEmpty: Entry<NoParams>;
  unknownBlock: Entry<{ kind: string; known: readonly string[] }>;

  // Citations
  quoteEmpty: Entry<NoParams>;
  quoteDefinedTwice: Entry<{ first: number }>;
  markerUndefined: Entry<{ label: string }>;
  quoteUnused: Entry<NoParams>;
  quoteNotInSource: Entry<{ quote: string; source: string; miss: QuoteMiss }>;
  figureNoCitation: Entry<NoParams>;
  figureNotInQuote: Entry<{ number: string; quotes: readonly string[] }>;
  unitDiffersFromSource: Entry<{ said: string; shown: string }>;
  qualifierDropped: Entry<{ said: string; qualifier: string; number: string }>;
  qualifierAdded: Entry<{ said: string; qualifier: string }>;
  qualifierDiffers: Entry<{ said: string; written: string }>;
  formulaWithoutDerived: Entry<NoParams>;
  derivedNeedsFormula: Entry<NoParams>;
  derivedNeedsSource: Entry<NoParams>;
  formulaUnreadable: Entry<{ formula: string; problem: FormulaProblem }>;
  formulaNumberNotCited: Entry<{ number: string }>;
  derivedMismatch: Entry<{ value: string; formula: string; computed: string }>;
  needsCitation: Entry<{ facts: readonly string[]; place: CitePlace }>;
  factNotInQuote: Entry<{ kind: 'quotation' | 'date' | 'reference'; text: string }>;
  numberNotInQuote: Entry<{ number: string }>;
  wordsDiffer: Entry<{ said: string; written: string }>;
  sourceYearUnknown: Entry<{ year: number; years: readonly number[] }>;
  sourceYearLabel: Entry<{ year: number }>;
  sourceYearIsCurrent: Entry<{ year: number }>;

  // Honest charts
  tooManyItems: Entry<{ count: number; most: number; chart: 'bar' | 'doughnut' }>;
  unitDiffers: Entry<{ unit?: string; first?: string }>;
  doughnutNeedsWhole: Entry<NoParams>;
  wholeDerived: Entry<NoParams>;
  wholeUnit: Entry<{ unit?: string; first?: string }>;
  partsExceedWhole: Entry<{ sum: string; whole: string }>;
  wholeNotInSource: Entry<{ value: string; source: string }>;
  wholeOnlyDoughnut: Entry<NoParams>;
  measureNotInQuote: Entry<{ label: string; measure: string }>;
  chartTitleRepeats: Entry<{ title: string }>;
  unknownTopic: Entry<{ topic: string; known: readonly string[] }>;
  statementNotInQuote: Entry<{ value: string }>;

  // Faithful wording on the projected slides
  abbreviationExpanded: Entry<{ expansion: string; abbreviation: string }>;
  sourceRemark: Entry<{ words: string; marker: string }>;

  // Fit
  titleDoesNotFit: Entry<{ title: string; needed: number; available: number }>;
  chartDoesNotFit: Entry<{ title: string; needed: number; available: number }>;
  bodyDoesNotFit: Entry<{ title: string; needed: number; available: number }>;
}

export const contentMessage = messageMaker<ContentMessages>();
