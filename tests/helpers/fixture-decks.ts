import path from 'node:path';

/** Small decks for behaviour tests, so that no test depends on this year's figures in slides/. */
export const fixtureDecks = {
  /** One slide of each layout: title, text, figure, bar, derived value, horizontal bar, two figures, fragments. */
  basic: path.resolve('tests/fixtures/decks/basic'),
  /** One slide whose title, bullet, chart label and notes hold every sequence code could act on: $&, </script>, {{x}}… */
  specialText: path.resolve('tests/fixtures/decks/special-text'),
} as const;
