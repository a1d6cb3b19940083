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
  /** Three mistakes in two files (a chart type, a chart value, a figure value), for the error tests. */
  broken: path.resolve('tests/fixtures/decks/broken'),
  /** Every layout and chart kind: figures in a row and a column, a derived bar, two charts side by side, a doughnut with its whole, two columns of points, presenter hints. */
  design: path.resolve('tests/fixtures/decks/design'),
  /** One chart or figure per file that the content rules refuse. */
  refused: path.resolve('tests/fixtures/decks/refused'),
  /** One chart whose bars count different things: cases arrested beside cases investigated and solved. */
  measures: path.resolve('tests/fixtures/decks/measures'),
  /** A deck of 2017 with a chart of one measure, 2016 beside 2017, each cited from its own year's article (2016/ is kept). */
  years: path.resolve('tests/fixtures/decks/years'),
} as const;

/** The problems the content check reports for the broken deck, file names relative to it. */
export const brokenDeckProblems = [
  '01-so-lieu.md:8 chart.type: phải là một trong «bar», «horizontalBar», «doughnut», không phải «pie»',
  '01-so-lieu.md:12 chart.items[1].value (Nhóm A): cần một con số, nhưng đang ghi «12k»',
  '02-khen-thuong.md:8 figure.value: cần một con số, nhưng đang ghi «bốn lăm»',
] as const;
