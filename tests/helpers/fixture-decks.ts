import path from 'node:path';

/** Small decks for behaviour tests, so that no test depends on this year's figures in slides/. */
export const fixtureDecks = {
  /** One slide of each layout: title, text, figure, bar, derived value, horizontal bar, two figures, fragments. */
  basic: path.resolve('tests/fixtures/decks/basic'),
  /** One slide whose title, bullet, chart label and notes hold every sequence code could act on: $&, </script>, {{x}}… */
  specialText: path.resolve('tests/fixtures/decks/special-text'),
  /** Slide titles that would make numeric or clashing ids: "2016" twice, "1", a chart's id, a speaker view element's id. */
  ids: path.resolve('tests/fixtures/decks/ids'),
  /** One slide per broken citation rule: a changed number, a dropped qualifier, a quote not in the source, a sum that does not add up, none. */
  citationsRefused: path.resolve('tests/fixtures/decks/citations-refused'),
} as const;
