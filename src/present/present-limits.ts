/** The presenting server's limits: enough for a meeting room, little for anyone who floods it. */
export interface PresentLimits {
  /** Open sockets at once, over every address. @defaultValue 200 */
  maxConnections: number;
  /** Open sockets from one address (one laptop may hold the console, its previews and a projector window). @defaultValue 16 */
  maxPerAddress: number;
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
  burstMessages: 20,
  messagesPerSecond: 10,
  maxMessageBytes: 1024,
  pingEveryMs: 20_000,
};
