/** The presenting server's limits: enough for a meeting room, little for anyone who floods it. */
export interface PresentLimits {
  /** Open sockets at once, over every address, but the presenter's own (see controlSlots). @defaultValue 200 */
  maxConnections: number;
  /** Open sockets from one address (one laptop may hold the console, its previews and a projector window). @defaultValue 16 */
  maxPerAddress: number;
  /**
   * Sockets kept for the screens that hold the control token (the console, the projector window, the
   * phone remote), over and above maxConnections: a crowd of other sockets never takes them. @defaultValue 16
   */
  controlSlots: number;
  /** Time a new socket has to say hello; one that stays silent is dropped, and its slot freed. @defaultValue 5000 */
  helloWithinMs: number;
  /** Messages a socket may send in a burst. @defaultValue 20 */
  burstMessages: number;
  /** Messages per second a socket may keep sending after a burst. @defaultValue 10 */
  messagesPerSecond: number;
  /** Largest message, in bytes. @defaultValue 1024 */
  maxMessageBytes: number;
  /** How often every socket is pinged; one that did not answer the previous ping is dropped. @defaultValue 20000 */
  pingEveryMs: number;
}

export const defaultPresentLimits: PresentLimits = {
  maxConnections: 200,
  maxPerAddress: 16,
  controlSlots: 16,
  helloWithinMs: 5000,
  burstMessages: 20,
  messagesPerSecond: 10,
  maxMessageBytes: 1024,
  pingEveryMs: 20_000,
};

/** How a stopped talk is resumed (see src/present/talk-memory.ts). */
export interface ResumeSettings {
  /**
   * How long after the server stopped (Ctrl-C, a crash, `kill -9`) a restart on the same port resumes
   * the talk, control token included: phones that scanned the code keep control without a new scan.
   * Later, a new token and the cover. @defaultValue 7200000 (two hours)
   */
  resumeWithinMs: number;
  /** How often a running server notes that it still runs, so the time since it stopped is known after a crash. @defaultValue 60000 */
  aliveEveryMs: number;
}

export const defaultResumeSettings: ResumeSettings = { resumeWithinMs: 2 * 60 * 60 * 1000, aliveEveryMs: 60_000 };
