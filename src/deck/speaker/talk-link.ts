import type { RemoteInvite, Role, SlideHints, TalkPosition, TalkState, TimerAction } from '../../talk/protocol.ts';

/**
 * How a console or a remote reaches the talk: over the presenting server's socket, or, for the
 * console opened with S, over postMessage to the deck window that opened it.
 */
export type LinkStatus = 'connecting' | 'connected' | 'reconnecting' | 'refused' | 'noDeck';

export interface LinkEvents {
  /** Every state the talk reaches; `receivedAt` is `performance.now()` when it arrived. */
  state(state: TalkState, receivedAt: number): void;
  status(status: LinkStatus, role: Role | undefined): void;
  /** The remote's address and QR code, sent to controlling screens of `npm run present` only. */
  invite?(invite: RemoteInvite): void;
  /** The presenter hints of each slide, sent to controlling screens of `npm run present` only. */
  hints?(hints: SlideHints): void;
}

export interface TalkLink {
  go(position: TalkPosition): void;
  blackout(on: boolean): void;
  timer(action: TimerAction): void;
  close(): void;
}
