import path from 'node:path';

/**
 * Where the end-to-end suite's global set-up builds each fixture deck, once per run
 * (tests/e2e/support/global-setup.ts). The real slides/ is built into dist/ by `npm run build`.
 */
export const fixtureBuilds = {
  basic: path.resolve('tests/artifacts/decks/basic'),
  specialText: path.resolve('tests/artifacts/decks/special-text'),
  ids: path.resolve('tests/artifacts/decks/ids'),
  design: path.resolve('tests/artifacts/decks/design'),
} as const;

export type FixtureBuild = keyof typeof fixtureBuilds;

/** Built without the social preview image: only the basic deck's tests look at it. */
export const withoutOgImage: ReadonlySet<FixtureBuild> = new Set(['specialText', 'ids', 'design']);

/** The real deck, built by `npm run build` before the suite: only tests of generic rules use it. */
export const realBuild = path.resolve('dist');
