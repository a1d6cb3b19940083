import type { BaseMessages } from '../base/base-messages.ts';
import type { Message, Say } from '../base/message.ts';
import type { CommandMessages } from './command-messages.ts';
import type { ContentMessages } from './content-messages.ts';
import type { FieldHelp, FieldHelpKey } from './field-help.ts';
import { vi } from './locales/vi.ts';
import type { SpeakerStrings } from './speaker-strings.ts';

/**
 * Every message a person can meet (src/base's, the content's and the commands'), each a function of
 * its values: the code keeps messages as data (src/base/message.ts) and the Locale words them.
 */
export type Messages = BaseMessages & ContentMessages & CommandMessages;

// One name, one message: no key is in two catalogs.
type Overlap =
  | (keyof BaseMessages & keyof ContentMessages)
  | (keyof BaseMessages & keyof CommandMessages)
  | (keyof ContentMessages & keyof CommandMessages);
const noOverlap: [Overlap] extends [never] ? true : false = true;
void noOverlap;

/** Words the deck's interface shows around the content, in the content's language. */
export interface UiStrings {
  /** Appended to a value that is derived, not stated by the source. */
  derivedMark: string;
  tableItem: string;
  tableValue: string;
  chartLabel: string;
  notesHeading: string;
  /** Heads the presenter hints, set apart from the spoken notes (speaker view, handout, PPTX notes). */
  hintLabel: string;
  /** A part-to-whole chart's share that the parts leave of the whole. */
  remainder: string;
  /** A slide's page number: "{0} / {1}", its number and the deck's number of slides. */
  pageNumber: string;
}

/** Words of the meeting pack: source markers, the sources appendix, downloads, handouts, CSV columns. */
export interface MeetingPackStrings {
  /** A source marker's accessible name, before its number: "Nguồn 2". */
  sourceMarker: string;
  /** Heading of the cited sentences shown by a marker. */
  sourcesHeading: string;
  /** Closes an open panel. */
  close: string;
  /** Title of the appendix that lists every figure with its sentence. */
  appendixTitle: string;
  /** The appendix slides' speaker notes. */
  appendixNotes: string;
  /** Before the slide numbers where a figure is shown: "trang 8, 11". */
  slideReference: string;
  /** After a sentence of an earlier year's kept article: "bài viết năm {0}". */
  earlierArticle: string;
  chartData: string;
  /** Beside a chart's data download: shows the chart's numbers as a table, in the chart's place. */
  chartTable: string;
  downloads: string;
  /** Names of the files in the downloads menu, by kind. */
  files: {
    presentation: string;
    handoutNotes: string;
    handout3: string;
    handout6: string;
    pptx: string;
    offline: string;
    contactSheet: string;
    slideImages: string;
    chartData: string;
  };
  /** "Trang {page} / {pages}", the handout's page footer. */
  pageOf: string;
  /** After a continued heading: "(tiếp)". */
  continued: string;
  /** Beside the 3-per-page handout's ruled lines. */
  readerNotes: string;
  /** The chart data's CSV columns. */
  csvColumns: { label: string; value: string; unit: string; qualifier: string; derived: string; sourceSentence: string };
}

/** What one language needs; adding a language is adding one of these to `locales`. */
export interface LocaleDefinition {
  /** BCP 47, as deck.yaml writes it. */
  lang: string;
  /** The Intl locale for numbers: "vi-VN" writes 1,5 and 1.000. */
  numberLocale: string;
  /** The language with its region, as office files mark text for proofing: "vi-VN". */
  officeLanguage: string;
  /** A paragraph starting with one of these opens a slide's speaker notes; the first is the one to suggest. */
  notesMarkers: readonly [string, ...string[]];
  /**
   * A notes paragraph starting with one of these is a presenter hint, not part of the spoken script;
   * the first is the one to suggest.
   */
  hintMarkers: readonly [string, ...string[]];
  /**
   * Words that qualify a number written after them ("trên 80", "khoảng trên 2,5"): the citation check
   * keeps them, and quantities written in running text are kept on one line with them.
   */
  qualifiers: readonly string[];
  /**
   * Words that speak about the source article itself ("bài viết"): refused on the projected slides,
   * where the room should hear the facts, not about an article; they belong in the presenter's hints.
   */
  sourceRemarks: readonly string[];
  strings: UiStrings;
  meetingPack: MeetingPackStrings;
  /** The speaker console, the phone remote and `npm run present`. */
  speaker: SpeakerStrings;
  /** Every message of the content checks and the commands. */
  messages: Messages;
  /** The description (and examples) of each field of deck.yaml and of a section's front matter, for the editor's schema. */
  fieldHelp: Readonly<Record<FieldHelpKey, FieldHelp>>;
}

/** A language's rules as functions: every renderer formats through one of these. */
export interface Locale extends LocaleDefinition {
  formatNumber(value: number): string;
  /** The number format's separators, such as "." between thousands and "," before decimals. */
  separators: { group: string; decimal: string };
  /** Upper case with the language's own case rules (text-transform: uppercase in CSS). */
  upper(text: string): string;
  /** A message (src/base/message.ts) in this language's words. */
  say: Say;
}

export const locales: Readonly<Record<string, LocaleDefinition>> = { vi } satisfies Record<string, LocaleDefinition>;

export function isSupportedLanguage(lang: string): boolean {
  return Object.hasOwn(locales, lang);
}

export function createLocale(lang: string): Locale {
  const definition = locales[lang];
  if (!definition) throw new Error(`no locale for "${lang}": supported are ${Object.keys(locales).join(', ')}`);
  const numberFormat = new Intl.NumberFormat(definition.numberLocale, { maximumFractionDigits: 2 });
  const parts = new Intl.NumberFormat(definition.numberLocale).formatToParts(12345.6);
  const separator = (type: string, fallback: string): string => parts.find((part) => part.type === type)?.value ?? fallback;
  const entries = definition.messages as unknown as Readonly<Record<string, ((params: object, say: Say) => string) | undefined>>;
  const say: Say = (message: Message) => {
    const entry = Object.hasOwn(entries, message.key) ? entries[message.key] : undefined;
    // A key no catalog has is a bug: shown as it is, never dropped.
    return entry ? entry(message.params, say) : `${message.key} ${JSON.stringify(message.params)}`;
  };
  return {
    ...definition,
    formatNumber: (value) => numberFormat.format(value),
    separators: { group: separator('group', ','), decimal: separator('decimal', '.') },
    upper: (text) => text.toLocaleUpperCase(definition.lang),
    say,
  };
}
