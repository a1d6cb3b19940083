import type Reveal from 'reveal.js';
import { samePosition, type TalkState } from '../../talk/protocol.ts';
import { movedEvents, revealPosition } from './reveal-position.ts';
import { TalkSocket } from './talk-socket.ts';

type RevealDeck = InstanceType<typeof Reveal>;

export interface FollowTalkOptions {
  socketUrl: string;
  /** With the control token (the projector's window opened from the console), moves made here move everyone. */
  token?: string;
}

/**
 * A deck page under `npm run present`: it goes wherever the talk goes, fragments and black
 * screen included. Without the token it only follows; a reader may still look around, and the
 * next move of the talk brings the page back. When the server stops, the page stays a normal
 * deck and keeps trying to reconnect.
 */
export function followTalk(deck: RevealDeck, options: FollowTalkOptions): TalkSocket {
  let applying = false;
  let controlling = false;
  const socket = new TalkSocket({
    url: options.socketUrl,
    token: options.token,
    events: {
      state: (state) => apply(state),
      status: (status, role) => {
        controlling = status === 'connected' && role === 'control';
        document.documentElement.dataset.talkLink = status === 'connected' ? (role ?? 'follow') : status;
      },
    },
  });

  const apply = (state: TalkState): void => {
    applying = true;
    try {
      const { h, f } = state.position;
      if (!samePosition(revealPosition(deck), state.position)) deck.slide(h, 0, f);
      if (deck.isPaused() !== state.blackout) deck.togglePause(state.blackout);
    } finally {
      applying = false;
    }
    document.documentElement.dataset.talkPosition = `${state.position.h}.${state.position.f}`;
  };

  for (const name of movedEvents) {
    deck.on(name, () => {
      if (applying || !controlling) return;
      if (name === 'paused' || name === 'resumed') socket.blackout(deck.isPaused());
      else socket.go(revealPosition(deck));
    });
  }
  return socket;
}
