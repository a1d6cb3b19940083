import type Reveal from 'reveal.js';

type RevealDeck = InstanceType<typeof Reveal>;

/** Below this width the 16:9 slide would be scaled past reading size, so slides become one page. */
export const readingLayoutQuery = '(max-width: 699px)';

/** The class on <html> that src/theme/reading.css keys on. */
export const readingClass = 'deck-reading';

export interface ReadingLayoutOptions {
  deck: RevealDeck;
  /** Draws the charts of a slide that scrolls into view. */
  showCharts: (slide: HTMLElement) => void;
  media?: MediaQueryList;
}

const hidingAttributes = ['hidden', 'aria-hidden', 'inert'];

/**
 * On a narrow screen the deck reads as one long page: reveal.js stops scaling the 16:9
 * frame (`disableLayout`), CSS reflows each slide into one column, and the page scrolls
 * natively. reveal.js still owns the current slide, so the hash, deep links and the back
 * button keep working: scrolling moves the current slide, and a hash change scrolls.
 */
export class ReadingLayout {
  private readonly media: MediaQueryList;
  private active = false;
  private followingScroll = false;
  private readonly unhide = new MutationObserver(() => this.revealAllSlides());
  private visibility?: IntersectionObserver;
  private nearness?: IntersectionObserver;

  constructor(private readonly options: ReadingLayoutOptions) {
    this.media = options.media ?? window.matchMedia(readingLayoutQuery);
  }

  bind(): void {
    this.media.addEventListener('change', () => this.sync());
    this.options.deck.on('slidechanged', () => {
      if (this.active && !this.followingScroll) this.scrollToCurrent();
    });
    this.sync();
  }

  isActive(): boolean {
    return this.active;
  }

  private sync(): void {
    // The speaker view's previews (`?receiver`) are small frames that must show real slides.
    const isSpeakerPreview = new URLSearchParams(window.location.search).has('receiver');
    if (this.media.matches && !isSpeakerPreview) this.activate();
    else this.deactivate();
  }

  private activate(): void {
    if (this.active) return;
    this.active = true;
    const { deck } = this.options;
    document.documentElement.classList.add(readingClass);
    // reveal.js's swipe navigation would fight native scrolling.
    deck.getRevealElement()?.setAttribute('data-prevent-swipe', '');
    deck.configure({ disableLayout: true });
    // reveal.js reads each new current slide aloud; while reading, scrolling already shows it.
    this.statusElement()?.setAttribute('aria-live', 'off');
    const slides = this.slides();
    this.revealAllSlides();
    this.unhide.observe(deck.getSlidesElement() ?? document.body, { subtree: true, attributes: true, attributeFilter: hidingAttributes });
    this.nearness = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) this.options.showCharts(entry.target as HTMLElement);
      },
      { rootMargin: '50% 0px' },
    );
    // A slide becomes current when it crosses the middle of the screen.
    this.visibility = new IntersectionObserver((entries) => this.follow(entries), { rootMargin: '-50% 0px -50% 0px' });
    for (const slide of slides) {
      this.nearness.observe(slide);
      this.visibility.observe(slide);
    }
    window.addEventListener('scroll', this.onScroll, { passive: true });
    this.scrollToCurrent();
  }

  private deactivate(): void {
    if (!this.active) return;
    this.active = false;
    const { deck } = this.options;
    this.unhide.disconnect();
    this.nearness?.disconnect();
    this.visibility?.disconnect();
    window.removeEventListener('scroll', this.onScroll);
    document.documentElement.classList.remove(readingClass);
    deck.getRevealElement()?.removeAttribute('data-prevent-swipe');
    deck.configure({ disableLayout: false });
    this.statusElement()?.setAttribute('aria-live', 'polite');
    // Puts the hidden/inert attributes back on the slides that are not current.
    deck.sync();
    deck.layout();
  }

  /** The last slide may be too short to reach the middle of the screen: the page's end shows it. */
  private readonly onScroll = (): void => {
    const page = document.scrollingElement;
    if (page && window.innerHeight + window.scrollY >= page.scrollHeight - 2) this.makeCurrent(this.slides().length - 1);
  };

  private follow(entries: IntersectionObserverEntry[]): void {
    const entry = entries.find((candidate) => candidate.isIntersecting);
    if (entry) this.makeCurrent(this.slides().indexOf(entry.target as HTMLElement));
  }

  private makeCurrent(index: number): void {
    const { deck } = this.options;
    if (index < 0 || deck.getIndices().h === index) return;
    this.followingScroll = true;
    try {
      deck.slide(index);
    } finally {
      this.followingScroll = false;
    }
  }

  private scrollToCurrent(): void {
    const current = this.options.deck.getCurrentSlide();
    const first = this.slides()[0];
    if (!current || current === first) return;
    current.scrollIntoView({ block: 'start' });
  }

  /** reveal.js hides every slide but the current one; a reading page shows them all. */
  private revealAllSlides(): void {
    for (const slide of this.slides()) {
      for (const attribute of hidingAttributes) if (slide.hasAttribute(attribute)) slide.removeAttribute(attribute);
    }
  }

  private statusElement(): Element | null | undefined {
    return this.options.deck.getRevealElement()?.querySelector('.aria-status');
  }

  private slides(): HTMLElement[] {
    return [...(this.options.deck.getSlidesElement()?.querySelectorAll<HTMLElement>(':scope > section') ?? [])];
  }
}
