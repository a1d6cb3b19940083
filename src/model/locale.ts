import { vi } from './locales/vi.ts';

/** Words the deck's interface shows around the content, in the content's language. */
export interface UiStrings {
  /** Appended to a value that is derived, not stated by the source. */
  derivedMark: string;
  tableItem: string;
  tableValue: string;
  chartLabel: string;
  notesHeading: string;
}

/** What one language needs; adding a language is adding one of these to `locales`. */
export interface LocaleDefinition {
  /** BCP 47, as deck.yaml writes it. */
  lang: string;
  /** The Intl locale for numbers: "vi-VN" writes 1,5 and 1.000. */
  numberLocale: string;
  /** A paragraph starting with one of these opens a slide's speaker notes; the first is the one to suggest. */
  notesMarkers: readonly [string, ...string[]];
  strings: UiStrings;
}

/** A language's rules as functions: every renderer formats through one of these. */
export interface Locale extends LocaleDefinition {
  formatNumber(value: number): string;
  /** Upper case with the language's own case rules (text-transform: uppercase in CSS). */
  upper(text: string): string;
}

export const locales: Readonly<Record<string, LocaleDefinition>> = { vi } satisfies Record<string, LocaleDefinition>;

export function isSupportedLanguage(lang: string): boolean {
  return Object.hasOwn(locales, lang);
}

export function createLocale(lang: string): Locale {
  const definition = locales[lang];
  if (!definition) throw new Error(`no locale for "${lang}": supported are ${Object.keys(locales).join(', ')}`);
  const numberFormat = new Intl.NumberFormat(definition.numberLocale, { maximumFractionDigits: 2 });
  return {
    ...definition,
    formatNumber: (value) => numberFormat.format(value),
    upper: (text) => text.toLocaleUpperCase(definition.lang),
  };
}
