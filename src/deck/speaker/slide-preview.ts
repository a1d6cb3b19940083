import { slideGeometry } from '../../model/geometry.ts';
import type { TalkPosition } from '../../talk/protocol.ts';
import { pageAddress } from '../page-mode.ts';
import { fromSameDeck, isPreviewReady } from './window-messages.ts';

/**
 * The deck as a preview: reveal.js's own options from the query (no controls, no transitions, no
 * keyboard, no address changes) and `receiver`, which src/deck reads as "a preview".
 */
const previewQuery = [
  'receiver',
  'controls=false',
  'progress=false',
  'slideNumber=false',
  'transition=none',
  'backgroundTransition=none',
  'keyboard=false',
  'touch=false',
  'hash=false',
  'history=false',
  'respondToHashChanges=false',
  'overview=false',
  'help=false',
].join('&');

/**
 * One slide shown exactly as the audience sees it: the deck in an iframe laid out at the slide's
 * own size (so charts and their labels are drawn as on the projector), then scaled down as a
 * whole to fit its box. It is moved with reveal.js's postMessage API.
 */
export class SlidePreview {
  private readonly frame: HTMLIFrameElement;
  private ready = false;
  private pending: TalkPosition | undefined;
  private readonly resizeObserver: ResizeObserver;

  constructor(
    private readonly box: HTMLElement,
    title: string,
  ) {
    this.frame = document.createElement('iframe');
    this.frame.width = String(slideGeometry.width);
    this.frame.height = String(slideGeometry.height);
    this.frame.title = title;
    this.frame.tabIndex = -1;
    this.frame.className = 'speaker-frame__deck';
    this.frame.src = `${pageAddress()}?${previewQuery}`;
    window.addEventListener('message', this.onMessage);
    this.resizeObserver = new ResizeObserver(() => this.fit());
    this.resizeObserver.observe(box);
    box.append(this.frame);
    this.fit();
  }

  /** Shows the slide at `position`; undefined hides the preview (past the last step). */
  show(position: TalkPosition | undefined): void {
    this.box.hidden = position === undefined;
    if (!position) return;
    this.pending = position;
    if (this.ready) this.flush();
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.source !== this.frame.contentWindow || !fromSameDeck(event) || !isPreviewReady(event.data)) return;
    this.ready = true;
    this.flush();
  };

  private flush(): void {
    const position = this.pending;
    const target = this.frame.contentWindow;
    if (!position || !target) return;
    // reveal.js's API takes JSON strings; the preview is the same deck, so "*" reaches only it (file:// has no origin).
    target.postMessage(JSON.stringify({ method: 'slide', args: [position.h, 0, position.f] }), '*');
    this.frame.dataset.position = `${position.h}.${position.f}`;
  }

  private fit(): void {
    const scale = Math.min(this.box.clientWidth / slideGeometry.width, this.box.clientHeight / slideGeometry.height);
    if (scale > 0) this.frame.style.transform = `scale(${scale})`;
  }
}
