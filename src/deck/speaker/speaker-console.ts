import '../../theme/speaker.css';
import { fillIn } from '../../model/speaker-strings.ts';
import type { RemoteInvite, SlideHints, TalkState } from '../../talk/protocol.ts';
import { stepAfter } from '../../talk/steps.ts';
import { pageAddress } from '../page-mode.ts';
import { signalReady } from '../ready-signal.ts';
import { OpenerLink } from './opener-link.ts';
import { presentingSocketUrl, takeControlToken, tokenParameter } from './presenting.ts';
import { SlidePreview } from './slide-preview.ts';
import { fillParagraphs, part, readSpeakerUi } from './speaker-ui.ts';
import { TalkClockView } from './talk-clock-view.ts';
import { TalkControls } from './talk-controls.ts';
import type { LinkEvents, TalkLink } from './talk-link.ts';
import { readTalkSlides } from './talk-slides.ts';
import { TalkSocket } from './talk-socket.ts';

/**
 * The speaker console: the slide on screen and the next step side by side, each drawn as the
 * audience sees it; the script in large type with the hints apart; the elapsed time, the clock
 * and the pacing; under `npm run present`, the remote's QR code. It follows the talk over the
 * presenting server's socket, or, opened with S, over postMessage to the deck window.
 */
export function startSpeakerConsole(): void {
  const ui = readSpeakerUi();
  const slides = readTalkSlides();
  const { strings } = ui;
  const deckTitle = document.title;
  document.querySelector('.reveal')?.remove();
  document.documentElement.classList.add('speaker-page');
  document.title = `${strings.consoleTitle} — ${deckTitle}`;
  const view = ui.view('console');
  document.body.prepend(view);

  const current = new SlidePreview(part(view, 'current-frame'), strings.current);
  const upcoming = new SlidePreview(part(view, 'next-frame'), strings.next);
  const counts = slides.map((slide) => slide.fragments);
  const controls = new TalkControls(view, strings, counts);
  const clock = new TalkClockView(view, strings, ui.plan);
  let token: string | undefined;
  // The published page carries no presenter hint: under npm run present they come with the socket's welcome.
  let sentHints: SlideHints = [];
  const hintsOf = (h: number): string[] => sentHints[h] ?? slides[h]?.hints ?? [];
  let last: TalkState | undefined;

  const show = (state: TalkState): void => {
    const { h, f } = state.position;
    const slide = slides[h];
    part(view, 'current-number').textContent =
      `${fillIn(strings.slideOf, h + 1, slides.length)}${slide?.section ? ` · ${slide.section}` : ''}`;
    current.show(state.position);
    const next = stepAfter(state.position, counts);
    upcoming.show(next);
    part(view, 'end').hidden = next !== undefined;
    part(view, 'next-label').textContent = !next
      ? ''
      : next.h === h
        ? fillIn(strings.nextPoint, f + 2, counts[h] ?? 0)
        : `${fillIn(strings.slideOf, next.h + 1, slides.length)} · ${slides[next.h]?.title ?? ''}`;
    fillParagraphs(part(view, 'notes'), slide?.notes ?? []);
    const hints = hintsOf(h);
    fillParagraphs(part(view, 'hints'), hints);
    part(view, 'hints-panel').hidden = hints.length === 0;
  };

  const events: LinkEvents = {
    state(state, receivedAt) {
      last = state;
      controls.update(state);
      clock.update(state, receivedAt);
      show(state);
    },
    hints(hints) {
      sentHints = hints;
      if (last) show(last);
    },
    status: (status, role) => controls.setStatus(status, role),
    invite: (invite) => showInvite(view, invite, token),
  };

  const socketUrl = presentingSocketUrl();
  let link: TalkLink | undefined;
  if (window.opener && !window.opener.closed) link = new OpenerLink(window.opener as Window, events);
  else if (socketUrl) {
    token = takeControlToken();
    link = new TalkSocket({ url: socketUrl, token, events });
  } else {
    // Opened by itself: no slide to show yet, only how to open the console from the deck.
    view.dataset.alone = '';
    part(view, 'alone').hidden = false;
    part<HTMLAnchorElement>(view, 'deck-link').href = pageAddress();
  }
  if (link) controls.attach(link);

  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLButtonElement;
    if ((event.key === ' ' || event.key === 'Enter') && onButton) return;
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'].includes(event.key)) controls.next();
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'].includes(event.key)) controls.previous();
    else if (['b', 'B', '.'].includes(event.key)) controls.toggleBlackout();
    else if (event.key === 'Home') controls.goToEnd('first');
    else if (event.key === 'End') controls.goToEnd('last');
    else return;
    event.preventDefault();
  });
  window.addEventListener('pagehide', (event) => {
    if (event.persisted) return;
    clock.stop();
    link?.close();
  });
  signalReady('screen');
}

function showInvite(view: HTMLElement, invite: RemoteInvite, token: string | undefined): void {
  const panel = part(view, 'remote');
  panel.hidden = false;
  part<HTMLImageElement>(view, 'qr').src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(invite.qrSvg)}`;
  // In the bar, always in sight: the first thing the presenter does is open the projector's window.
  const button = view.querySelector<HTMLButtonElement>('[data-action="open-audience"]');
  if (button) {
    button.hidden = false;
    // The projector's window gets the token too: a clicker or the keyboard there moves everyone.
    button.onclick = () => {
      const fragment = token ? `#${tokenParameter}=${encodeURIComponent(token)}` : '';
      window.open(`${invite.audienceUrl}${fragment}`, 'deck-audience');
    };
  }
}
