import { type Message, messageMaker, type NoParams, type Say } from '../base/message.ts';
import type { Problem } from './problem.ts';

type Entry<Params> = (params: Params, say: Say) => string;

/** What a command's help needs to say its defaults. */
export interface UsageValues {
  contentDir: string;
  buildDir: string;
  presenterSuffix: string;
  timeoutMs: number;
  port: number;
  host: string;
  pptxFile: string;
  presenterPptxFile: string;
  jsFactor: number;
}

/** What kept the deck from being ready in the browser. */
export type StuckDeck = { kind: 'slide'; number: number; title: string; pending: number } | { kind: 'notReady' } | { kind: 'notLoaded' };

/** Why the build is older than the content or the code. */
export type StaleReason = { kind: 'noBuild'; dir: string } | { kind: 'content'; dir: string } | { kind: 'code'; file: string };

/** A way the site breaks its size budget (npm run size). */
export type SizeProblem =
  | { kind: 'fontNotWoff2'; file: string }
  | { kind: 'fontNotSubset'; file: string }
  | { kind: 'fontInlined'; file: string }
  | { kind: 'foreignStylesheet'; file: string }
  | { kind: 'jsOverBudget'; bytes: number; limit: number; factor: number; gzip: boolean };

/** Why npm run next-year refuses, before it changes anything. */
export type NextYearRefusal =
  | { kind: 'sourceUnreadable'; file: string; reason: 'missing' | 'folder' | 'permission' }
  | { kind: 'sourceNotText'; file: string; problem: Problem }
  | { kind: 'sourceEmpty'; file: string }
  | { kind: 'sameSource'; file: string; current: string }
  | { kind: 'yearKept'; folder: string }
  | { kind: 'noYear'; date: string }
  | { kind: 'deckUnreadable'; problems: readonly Problem[] };

/**
 * Every message of the commands (build, pdf, png, pptx, present, release, size, next-year) and of
 * the code below them: help, progress and errors. The Locale words each one.
 */
export interface CommandMessages {
  usageBuild: Entry<UsageValues>;
  usagePdf: Entry<UsageValues>;
  usagePng: Entry<UsageValues>;
  usagePptx: Entry<UsageValues>;
  usagePresent: Entry<UsageValues>;
  usageRelease: Entry<UsageValues>;
  usageSize: Entry<UsageValues>;
  usageNextYear: Entry<UsageValues>;

  // The build and the dev server
  stepChecking: Entry<{ dir: string }>;
  stepBuilding: Entry<{ slides: number; sections: number }>;
  stepOffline: Entry<{ file: string }>;
  stepOgCached: Entry<{ file: string }>;
  stepOgRendering: Entry<{ file: string }>;
  stepChartData: Entry<{ count: number }>;
  doneBuilt: Entry<{ dir: string }>;
  ogNeedsBrowser: Entry<{ file: string; problem: Message }>;
  contentErrorTitle: Entry<NoParams>;
  overlayTip: Entry<NoParams>;
  badAddress: Entry<NoParams>;
  notFound: Entry<NoParams>;

  // Reading a build
  noBuild: Entry<{ dir: string }>;
  builtByOtherVersion: Entry<{ file: string }>;
  noPageForSlide: Entry<{ title: string }>;

  // The browser
  browserVariable: Entry<{ variable: string; value: string; folder: boolean }>;
  noBrowserFound: Entry<NoParams>;
  browserDidNotStart: Entry<{ path: string; detail: string }>;
  browserStartTimeout: Entry<{ path: string; seconds: number }>;
  browserExited: Entry<{ path: string; detail: string }>;
  browserClosed: Entry<NoParams>;
  deckTabClosed: Entry<NoParams>;
  deckOpenTimeout: Entry<{ seconds: number }>;
  deckLoadTimeout: Entry<{ seconds: number; stuck: StuckDeck }>;
  deckNotReady: Entry<{ seconds: number; stuck: StuckDeck }>;
  deckFailed: Entry<{ detail: string }>;
  chartsMissing: Entry<{ slide: number; title: string; drawn: number; charts: number; slideMissing: boolean }>;
  slideChartsTimeout: Entry<{ slide: number; seconds: number }>;
  portUnavailable: Entry<{ port: number; host: string; inUse: boolean; detail: string }>;
  noTcpAddress: Entry<NoParams>;
  stepStartingBrowser: Entry<NoParams>;
  stepOpeningDeck: Entry<NoParams>;
  stepLoadingDeck: Entry<NoParams>;

  // PDF
  stepPagesLaidOut: Entry<{ pages: number }>;
  stepPresenterHandout: Entry<NoParams>;
  stepHandout: Entry<{ perPage: number }>;
  stepFinishingPdf: Entry<NoParams>;
  stepWriting: Entry<{ file: string }>;
  doneWrotePdf: Entry<{ file: string; pages: number; kilobytes: number }>;
  printTimeout: Entry<{ seconds: number }>;
  handoutTimeout: Entry<{ seconds: number }>;
  builtWithoutAppendix: Entry<{ dir: string }>;
  perPageNeedsHandout: Entry<NoParams>;
  perPageValue: Entry<{ got: string }>;

  // PNG
  stepSlideImage: Entry<{ index: number; total: number }>;
  stepContactSheet: Entry<NoParams>;
  donePng: Entry<{ slides: number; sheets: number; dir: string }>;
  deckHasNoSlides: Entry<NoParams>;

  // PPTX
  stepReading: Entry<{ dir: string }>;
  stepWritingSlides: Entry<{ slides: number }>;
  donePptx: Entry<{ file: string; slides: number; kilobytes: number }>;

  // Release
  releaseSite: Entry<NoParams>;
  releasePdfs: Entry<NoParams>;
  releaseImages: Entry<NoParams>;
  releasePptx: Entry<NoParams>;
  releaseDownloads: Entry<NoParams>;
  releaseManifest: Entry<{ file: string }>;
  releasePresenter: Entry<NoParams>;
  doneRelease: Entry<{
    dir: string;
    files: number;
    megabytes: number;
    steps: readonly { name: Message; seconds: number }[];
    presenterFiles: readonly string[];
  }>;

  // Present
  stepBuildingBecause: Entry<{ reason: StaleReason }>;
  buildingWithoutOgImage: Entry<{ file: string }>;

  // Size
  sizeHeader: Entry<NoParams>;
  sizeInitialJs: Entry<NoParams>;
  sizeFloor: Entry<{ factor: number }>;
  sizeRatio: Entry<{ raw: string; gzip: string }>;
  sizeCss: Entry<NoParams>;
  sizeFonts: Entry<NoParams>;
  sizeWholeFonts: Entry<NoParams>;
  sizeOther: Entry<NoParams>;
  sizeOverBudget: Entry<{ problems: readonly SizeProblem[] }>;
  sizeWithinBudget: Entry<NoParams>;

  // Next year
  nextYearRefused: Entry<{ refusal: NextYearRefusal }>;
  stepKeeping: Entry<{ year: number; folder: string }>;
  stepNewSource: Entry<{ file: string }>;
  stepNewDate: Entry<{ from: string; to: string }>;
  stepCheckingNewSource: Entry<NoParams>;
  nextYearKept: Entry<{ year: number; folder: string; files: readonly string[] }>;
  nextYearToDo: Entry<{ problems: readonly Problem[]; year: number }>;
  nextYearNothingToDo: Entry<{ year: number }>;
  nextYearLinesToReview: Entry<{ lines: readonly { file: string; line: number; text: string }[]; year: number }>;
  nextYearFailed: Entry<{ problem: Message }>;
}

export const commandMessage = messageMaker<CommandMessages>();
