/**
 * Words of the speaker console, the phone remote and `npm run present`, in the deck's language.
 * `{0}`, `{1}` mark where a value goes (see fillIn).
 */
export interface SpeakerStrings {
  /** The console's window title, before the deck's short title. */
  consoleTitle: string;
  remoteTitle: string;
  /** reveal.js's keyboard help for the S key. */
  openConsoleKey: string;
  current: string;
  next: string;
  /** "slide {0} of {1}". */
  slideOf: string;
  /** The next step is a point on the same slide: "point {0} of {1} on this slide". */
  nextPoint: string;
  /** After the points left on this slide: "then: {0}" (the next slide's title). */
  thenSlide: string;
  end: string;
  script: string;
  hints: string;
  elapsed: string;
  clock: string;
  /** "{0} of {1} planned". */
  usedOfPlan: string;
  /** "{0} ahead of the plan". */
  ahead: string;
  /** "{0} behind the plan". */
  behind: string;
  onTrack: string;
  noPlan: string;
  notStarted: string;
  startTimer: string;
  pauseTimer: string;
  resumeTimer: string;
  resetTimer: string;
  previous: string;
  nextButton: string;
  blackout: string;
  blackoutOn: string;
  /** The black screen's button on a reader's page: it shows the slides again. */
  resume: string;
  openAudience: string;
  scanRemote: string;
  connected: string;
  reconnecting: string;
  refused: string;
  followOnly: string;
  noDeck: string;
  /** The console opened by itself, not from the deck: what to do. */
  openFromDeck: string;
  openDeck: string;
  keys: string;
  wakeLockOff: string;
  /** `npm run present`: the three addresses and their roles. */
  presentHeading: string;
  consoleRole: string;
  remoteRole: string;
  audienceRole: string;
  scanInTerminal: string;
  stopHint: string;
  /** "refused {0} connections {1}", {1} being one reason below. */
  refusedOne: string;
  /** "refused {0} connections: {1}", {1} listing "N reason" for each. */
  refusedMany: string;
  /** Reasons for a refusal: "with a wrong key", "under a foreign address", "from another site", "too fast", "silent too long", "when full". */
  refusedWrongToken: string;
  refusedForeignHost: string;
  refusedOtherSite: string;
  refusedTooFast: string;
  refusedSilent: string;
  refusedFull: string;
  /** A restart resumed the talk: "resumed at slide {0} of {1}, as it was when it stopped". */
  resumed: string;
  /** The remote's key was kept: phones keep control without a new scan. */
  keptKey: string;
  /** --new-token: phones must scan the new code. */
  newKey: string;
  /** "could not save where the talk is ({0}): a restart would start from the cover". */
  notSaved: string;
  noLanAddress: string;
  stopped: string;
}

/** Puts values into a string's `{0}`, `{1}`… */
export function fillIn(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
