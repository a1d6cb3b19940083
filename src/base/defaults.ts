/**
 * The project's defaults, typed and in one place: the commands (their options and help), the
 * library behind them and the browser code all read them here. Nothing in this file may need
 * Node or the DOM, so both sides can import it.
 */
export const defaults = {
  /**
   * The language of the commands' messages (help, progress, errors), a Locale of src/model/locales:
   * the office's. The deck's own words follow deck.yaml's \`lang\`.
   * @defaultValue `'vi'`
   */
  language: 'vi',
  /**
   * The content folder: deck.yaml, the section files and the source article.
   * @defaultValue `'slides'`
   */
  contentDir: 'slides',
  /**
   * Where a build goes, and where the exporters find it.
   * @defaultValue `'dist'`
   */
  buildDir: 'dist',
  /**
   * The presenter's copy (the handout and the PowerPoint file with the presenter hints) goes in a
   * folder beside the release, named after it: never inside it, so it is never published with the
   * site (dist → dist-presenter).
   * @defaultValue `'-presenter'`
   */
  presenterSuffix: '-presenter',
  /**
   * The bound on each wait in the browser: loading, the ready signal, printing, each slide's charts.
   * @defaultValue `60000` (milliseconds)
   */
  timeoutMs: 60_000,
  /**
   * The port of `npm run present` (0 picks a free one).
   * @defaultValue `4300`
   */
  port: 4300,
  /**
   * The address `npm run present` listens on: every network interface, so the room can join.
   * @defaultValue `'0.0.0.0'`
   */
  host: '0.0.0.0',
  /**
   * How long a chart takes to grow in on screen (none under reduced motion, in print and in previews).
   * @defaultValue `900` (milliseconds)
   */
  chartAnimationMs: 900,
  /**
   * The most the site's initial JavaScript may weigh, as a multiple of reveal.js alone (npm run size).
   * @defaultValue `1.25`
   */
  jsBudgetFactor: 1.25,
} as const;

export type Defaults = typeof defaults;
