import type { DeckContext } from '../model/deck-context.ts';
import { speakerUiTemplateId } from '../model/page-ids.ts';
import { slidePlan } from '../model/slide-plan.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * The speaker console's and the phone remote's markup, in the deck's language, as one inert
 * <template>: the browser code clones it and fills in the slides, so every label comes from the
 * Locale and none is written in browser code. `data-strings` carries the phrases that hold values
 * ("Trang {0}/{1}"), `data-plan` the seconds planned for each slide (absent without a plan).
 */
export function renderSpeakerUi({ deck, locale }: DeckContext): string {
  const s = locale.speaker;
  const text = (value: string): string => escapeHtml(value);
  const plan = slidePlan(deck);
  const planAttribute = plan ? ` data-plan="${escapeHtml(JSON.stringify(plan.map((seconds) => Math.round(seconds * 10) / 10)))}"` : '';
  const label = (value: string, extra = ''): string => `<h2 class="speaker-label">${text(value)}${extra}</h2>`;
  const hints = `<section class="speaker-hints" data-part="hints-panel" hidden>
        ${label(s.hints)}
        <div class="speaker-hints__text" data-part="hints"></div>
      </section>`;
  const timerButtons = `<button type="button" class="speaker-button speaker-button--small" data-action="timer">${text(s.pauseTimer)}</button>
          <button type="button" class="speaker-button speaker-button--small" data-action="reset">${text(s.resetTimer)}</button>`;

  return `<template id="${speakerUiTemplateId}" data-strings="${escapeHtml(JSON.stringify(s))}"${planAttribute}>
  <main class="speaker-console" data-view="console" aria-label="${text(s.consoleTitle)}">
    <h1 class="speaker-heading sr-only">${text(s.consoleTitle)}</h1>
    <section class="speaker-console__alone" data-part="alone" hidden>
      <h1>${text(s.consoleTitle)}</h1>
      <p>${text(s.openFromDeck)}</p>
      <p><a class="speaker-button speaker-button--primary" data-part="deck-link" href="./">${text(s.openDeck)}</a></p>
    </section>
    <section class="speaker-console__current">
      ${label(s.current, ' <span class="speaker-label__detail" data-part="current-number"></span>')}
      <div class="speaker-frame" data-part="current-frame"></div>
    </section>
    <section class="speaker-console__next">
      ${label(s.next, ' <span class="speaker-label__detail" data-part="next-label"></span>')}
      <div class="speaker-frame" data-part="next-frame"></div>
      <p class="speaker-console__end" data-part="end" hidden>${text(s.end)}</p>
    </section>
    <section class="speaker-console__time">
      <div class="speaker-clocks">
        <div>${label(s.elapsed)}<p class="speaker-clocks__elapsed" data-part="elapsed">0:00</p></div>
        <div>${label(s.clock)}<p class="speaker-clocks__clock" data-part="clock"></p></div>
      </div>
      <p class="speaker-pacing" data-part="pacing" data-pacing="none"></p>
      <div class="speaker-plan" data-part="plan-bar" hidden><div class="speaker-plan__used" data-part="plan-used"></div><div class="speaker-plan__due" data-part="plan-due"></div></div>
      <p class="speaker-used" data-part="used"></p>
      <div class="speaker-console__timer-buttons">
          ${timerButtons}
      </div>
    </section>
    <section class="speaker-console__script">
      ${label(s.script)}
      <div class="speaker-script" data-part="notes"></div>
    </section>
    <div class="speaker-console__side">
      ${hints}
      <section class="speaker-console__remote" data-part="remote" hidden>
        <img class="speaker-qr" data-part="qr" alt="${text(s.scanRemote)}">
        <p class="speaker-console__scan">${text(s.scanRemote)}</p>
      </section>
    </div>
    <footer class="speaker-console__bar">
      <button type="button" class="speaker-button" data-action="previous">‹ ${text(s.previous)}</button>
      <button type="button" class="speaker-button speaker-button--primary" data-action="next">${text(s.nextButton)} ›</button>
      <button type="button" class="speaker-button" data-action="blackout" aria-pressed="false">${text(s.blackout)}</button>
      <button type="button" class="speaker-button" data-action="open-audience" hidden>${text(s.openAudience)}</button>
      <p class="speaker-console__keys">${text(s.keys)}</p>
      <p class="speaker-status" data-part="status" role="status"></p>
    </footer>
  </main>
  <main class="speaker-remote" data-view="remote" aria-label="${text(s.remoteTitle)}">
    <h1 class="speaker-heading sr-only">${text(s.remoteTitle)}</h1>
    <header class="speaker-remote__top">
      <p class="speaker-remote__elapsed"><span data-part="elapsed">0:00</span> <span class="speaker-remote__used" data-part="used"></span></p>
      <p class="speaker-pacing" data-part="pacing" data-pacing="none"></p>
      <p class="speaker-status" data-part="status" role="status"></p>
    </header>
    <section class="speaker-remote__now">
      ${label(s.current, ' <span class="speaker-label__detail" data-part="current-number"></span>')}
      <p class="speaker-remote__title" data-part="current-title"></p>
      ${label(s.next)}
      <p class="speaker-remote__next" data-part="next-title"></p>
      <p class="speaker-remote__then" data-part="then-title" hidden></p>
    </section>
    <section class="speaker-remote__script">
      ${label(s.script)}
      <div class="speaker-script" data-part="notes"></div>
      ${hints}
      <div class="speaker-remote__timer-buttons">
          ${timerButtons}
      </div>
      <p class="speaker-remote__wake" data-part="wake-note" hidden>${text(s.wakeLockOff)}</p>
    </section>
    <nav class="speaker-remote__controls">
      <button type="button" class="speaker-button speaker-remote__blackout" data-action="blackout" aria-pressed="false">${text(s.blackout)}</button>
      <button type="button" class="speaker-button speaker-remote__previous" data-action="previous">‹ ${text(s.previous)}</button>
      <button type="button" class="speaker-button speaker-button--primary speaker-remote__next-button" data-action="next">${text(s.nextButton)} ›</button>
    </nav>
  </main>
</template>`;
}
