import type { SpeakerStrings } from '../../model/speaker-strings.ts';
import { fillIn } from '../../model/speaker-strings.ts';
import { formatDuration, pacing } from '../../talk/pacing.ts';
import type { TalkState } from '../../talk/protocol.ts';
import { type TalkTimer, timerElapsedMs, timerFromSnapshot } from '../../talk/talk-timer.ts';
import { parts } from './speaker-ui.ts';

/**
 * The elapsed time, the clock and the pacing against the plan, in the console or the remote.
 * `data-pacing` on the pacing line ("ahead", "on-track", "behind", "idle" or "none") carries the
 * colour, and lets tests wait on it.
 */
export class TalkClockView {
  private timer: TalkTimer | undefined;
  private slide = 0;
  private readonly interval: ReturnType<typeof setInterval>;
  private readonly clockFormat: Intl.DateTimeFormat;

  constructor(
    private readonly root: HTMLElement,
    private readonly strings: SpeakerStrings,
    private readonly plan: readonly number[] | undefined,
  ) {
    this.clockFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { hour: '2-digit', minute: '2-digit' });
    this.interval = setInterval(() => this.render(), 250);
    this.render();
  }

  update(state: TalkState, receivedAt: number): void {
    this.timer = timerFromSnapshot(state.timer, receivedAt);
    this.slide = state.position.h;
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('[data-action="timer"]')) {
      const { running, elapsedMs } = state.timer;
      button.textContent = running ? this.strings.pauseTimer : elapsedMs > 0 ? this.strings.resumeTimer : this.strings.startTimer;
    }
    this.render();
  }

  stop(): void {
    clearInterval(this.interval);
  }

  private render(): void {
    const elapsedSeconds = this.timer ? timerElapsedMs(this.timer, performance.now()) / 1000 : 0;
    const started = this.timer !== undefined && (this.timer.runningSince !== null || this.timer.elapsedMs > 0);
    setText(this.root, 'elapsed', formatDuration(elapsedSeconds));
    setText(this.root, 'clock', this.clockFormat.format(new Date()));
    const { strings, plan } = this;
    if (!plan || plan.length === 0) {
      this.setPacing('none', strings.noPlan);
      setText(this.root, 'used', '');
      return;
    }
    const status = pacing(plan, this.slide, elapsedSeconds);
    setText(this.root, 'used', fillIn(strings.usedOfPlan, formatDuration(elapsedSeconds), formatDuration(status.plannedSeconds)));
    const plannedStart = plan.slice(0, this.slide).reduce((sum, seconds) => sum + seconds, 0);
    for (const bar of parts(this.root, 'plan-bar')) bar.hidden = false;
    for (const used of parts(this.root, 'plan-used'))
      used.style.width = `${Math.min(100, (elapsedSeconds / status.plannedSeconds) * 100)}%`;
    for (const due of parts(this.root, 'plan-due')) due.style.left = `${Math.min(100, (plannedStart / status.plannedSeconds) * 100)}%`;
    if (!started) {
      this.setPacing('idle', strings.notStarted);
      return;
    }
    const delta = formatDuration(status.deltaSeconds);
    if (status.state === 'ahead') this.setPacing('ahead', fillIn(strings.ahead, delta));
    else if (status.state === 'behind') this.setPacing('behind', fillIn(strings.behind, delta));
    else this.setPacing('on-track', strings.onTrack);
  }

  private setPacing(state: string, text: string): void {
    for (const line of parts(this.root, 'pacing')) {
      if (line.dataset.pacing !== state) line.dataset.pacing = state;
      if (line.textContent !== text) line.textContent = text;
    }
    for (const bar of parts(this.root, 'plan-bar')) bar.dataset.pacing = state;
  }
}

function setText(root: HTMLElement, name: string, text: string): void {
  for (const element of parts(root, name)) if (element.textContent !== text) element.textContent = text;
}
