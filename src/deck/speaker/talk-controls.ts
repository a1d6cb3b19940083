import type { SpeakerStrings } from '../../model/speaker-strings.ts';
import type { Role, TalkPosition, TalkState } from '../../talk/protocol.ts';
import { stepAfter, stepBefore } from '../../talk/steps.ts';
import { part } from './speaker-ui.ts';
import type { LinkStatus, TalkLink } from './talk-link.ts';

/**
 * What the console and the remote share: the step forward and back, the black screen, the
 * clock's buttons and the connection line. A step is counted from the last one asked for, so
 * two quick taps make two steps before the first has come back.
 */
export class TalkControls {
  private state: TalkState | undefined;
  private target: TalkPosition | undefined;
  private role: Role | undefined;
  private link: TalkLink | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly strings: SpeakerStrings,
    private readonly fragmentCounts: readonly number[],
  ) {
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      button.addEventListener('click', () => this.act(button.dataset.action ?? ''));
    }
    this.setStatus('connecting', undefined);
  }

  attach(link: TalkLink): void {
    this.link = link;
  }

  get canControl(): boolean {
    return this.role === 'control' && this.state !== undefined;
  }

  next(): void {
    const from = this.target ?? this.state?.position;
    const to = from && stepAfter(from, this.fragmentCounts);
    if (to && this.canControl) this.go(to);
  }

  previous(): void {
    const from = this.target ?? this.state?.position;
    const to = from && stepBefore(from, this.fragmentCounts);
    if (to && this.canControl) this.go(to);
  }

  /** The first slide, or the last one shown whole. */
  goToEnd(end: 'first' | 'last'): void {
    const last = this.fragmentCounts.length - 1;
    if (this.canControl && last >= 0) this.go(end === 'first' ? { h: 0, f: -1 } : { h: last, f: (this.fragmentCounts[last] ?? 0) - 1 });
  }

  toggleBlackout(): void {
    if (this.state && this.canControl) this.link?.blackout(!this.state.blackout);
  }

  update(state: TalkState): void {
    this.state = state;
    this.target = state.position;
    this.root.dataset.talkPosition = `${state.position.h}.${state.position.f}`;
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('[data-action="blackout"]')) {
      button.setAttribute('aria-pressed', String(state.blackout));
      button.textContent = state.blackout ? this.strings.blackoutOn : this.strings.blackout;
    }
    this.syncButtons();
  }

  setStatus(status: LinkStatus, role: Role | undefined): void {
    this.role = status === 'connected' ? role : status === 'reconnecting' ? this.role : undefined;
    const line = part(this.root, 'status');
    const text =
      status === 'connected'
        ? role === 'control'
          ? this.strings.connected
          : this.strings.followOnly
        : status === 'reconnecting' || status === 'connecting'
          ? this.strings.reconnecting
          : status === 'refused'
            ? this.strings.refused
            : this.strings.noDeck;
    line.textContent = status === 'connecting' ? '' : text;
    line.dataset.status = status === 'connected' ? (role ?? 'follow') : status;
    this.root.dataset.linkStatus = status;
    this.syncButtons();
  }

  private syncButtons(): void {
    const live = this.root.dataset.linkStatus === 'connected' && this.canControl;
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('[data-action]')) {
      const action = button.dataset.action;
      if (action === 'next' || action === 'previous' || action === 'blackout') button.disabled = !live;
    }
  }

  private go(position: TalkPosition): void {
    this.target = position;
    this.link?.go(position);
  }

  private act(action: string): void {
    switch (action) {
      case 'next':
        this.next();
        return;
      case 'previous':
        this.previous();
        return;
      case 'blackout':
        this.toggleBlackout();
        return;
      case 'timer':
        if (this.state && this.canControl) this.link?.timer(this.state.timer.running ? 'pause' : 'resume');
        return;
      case 'reset':
        if (this.canControl) this.link?.timer('reset');
        return;
    }
  }
}
