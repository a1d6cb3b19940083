import '../../theme/speaker.css';
import { fillIn } from '../../model/speaker-strings.ts';
import type { SlideHints, TalkState } from '../../talk/protocol.ts';
import { stepAfter } from '../../talk/steps.ts';
import { signalReady } from '../ready-signal.ts';
import { presentingSocketUrl, takeControlToken } from './presenting.ts';
import { fillParagraphs, part, readSpeakerUi } from './speaker-ui.ts';
import { onSwipe } from './swipe.ts';
import { TalkClockView } from './talk-clock-view.ts';
import { TalkControls } from './talk-controls.ts';
import { readTalkSlides } from './talk-slides.ts';
import { TalkSocket } from './talk-socket.ts';
import { keepScreenOn } from './wake-lock.ts';

/**
 * The presenter's phone: big Next and Previous buttons (and a swipe anywhere), the current and
 * next slide titles, the script and the hints, the time and the pacing, and the black screen.
 * It controls the talk over the presenting server's socket with the token from its address.
 */
export function startRemoteControl(): void {
  const ui = readSpeakerUi();
  const slides = readTalkSlides();
  const { strings } = ui;
  const deckTitle = document.title;
  document.querySelector('.reveal')?.remove();
  document.documentElement.classList.add('speaker-page');
  document.title = `${strings.remoteTitle} — ${deckTitle}`;
  const view = ui.view('remote');
  document.body.prepend(view);

  const counts = slides.map((slide) => slide.fragments);
  const controls = new TalkControls(view, strings, counts);
  const clock = new TalkClockView(view, strings, ui.plan);
  onSwipe(view, { left: () => controls.next(), right: () => controls.previous() });
  // The published page carries no presenter hint: they come with the socket's welcome.
  let sentHints: SlideHints = [];
  let last: TalkState | undefined;

  const show = (state: TalkState): void => {
    const { h, f } = state.position;
    const slide = slides[h];
    part(view, 'current-number').textContent =
      `${fillIn(strings.slideOf, h + 1, slides.length)}${slide?.section ? ` · ${slide.section}` : ''}`;
    part(view, 'current-title').textContent = slide?.title ?? '';
    const next = stepAfter(state.position, counts);
    const nextSlide = slides[h + 1];
    const pointNext = next !== undefined && next.h === h;
    part(view, 'next-title').textContent = !next
      ? strings.end
      : pointNext
        ? fillIn(strings.nextPoint, f + 2, counts[h] ?? 0)
        : (nextSlide?.title ?? '');
    part(view, 'then-title').textContent = pointNext && nextSlide ? fillIn(strings.thenSlide, nextSlide.title) : '';
    part(view, 'then-title').hidden = !(pointNext && nextSlide);
    fillParagraphs(part(view, 'notes'), slide?.notes ?? []);
    const hints = sentHints[h] ?? slide?.hints ?? [];
    fillParagraphs(part(view, 'hints'), hints);
    part(view, 'hints-panel').hidden = hints.length === 0;
  };

  const socketUrl = presentingSocketUrl();
  if (!socketUrl) {
    controls.setStatus('noDeck', undefined);
  } else {
    const link = new TalkSocket({
      url: socketUrl,
      token: takeControlToken(),
      events: {
        state(state, receivedAt) {
          last = state;
          controls.update(state);
          clock.update(state, receivedAt);
          show(state);
        },
        status: (status, role) => controls.setStatus(status, role),
        hints(hints) {
          sentHints = hints;
          if (last) show(last);
        },
      },
    });
    controls.attach(link);
    window.addEventListener('pagehide', (event) => {
      if (!event.persisted) link.close();
    });
  }
  part(view, 'wake-note').hidden = keepScreenOn();
  signalReady('screen');
}
