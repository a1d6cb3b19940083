import type Reveal from 'reveal.js';
import { presentingSocketUrl } from './speaker/presenting.ts';

type RevealDeck = InstanceType<typeof Reveal>;

/** The class on <html> that the stylesheets key on: the page is what the room sees. */
export const roomClass = 'deck-room';

/**
 * What the room sees is the slide and a discreet progress bar, nothing else: no arrows, no menu,
 * no source markers, no data links, nothing to click or follow. The page is the room's when it is
 * presented: in full screen, served by `npm run present` (the projector's window and every
 * audience page), or shown in the speaker console's previews. The reader's web page keeps its controls. Keys, swipes and the remote work
 * either way.
 */
export class RoomView {
  private readonly presenting = presentingSocketUrl() !== undefined;

  constructor(
    private readonly deck: RevealDeck,
    /** The black screen's caption, in the deck's language, for the reader's page. */
    private readonly resumeLabel: string,
    /** A slide preview inside the speaker console: always as the room sees it. */
    private readonly preview = false,
  ) {}

  bind(): void {
    document.addEventListener('fullscreenchange', this.sync);
    this.sync();
  }

  isActive(): boolean {
    return document.documentElement.classList.contains(roomClass);
  }

  private readonly sync = (): void => {
    const room = this.presenting || this.preview || document.fullscreenElement !== null;
    document.documentElement.classList.toggle(roomClass, room);
    // A slide image (deck-bare, set by the exports) is the slide alone too, though nobody presents it.
    const bare = document.documentElement.classList.contains('deck-bare');
    this.deck.configure({ controls: !room && !bare });
    // reveal.js's black screen has an English button; the room gets none, a reader one in its language.
    const resume = this.deck.getRevealElement()?.querySelector<HTMLButtonElement>('.pause-overlay .resume-button');
    if (resume) resume.textContent = this.resumeLabel;
  };
}
