import 'reveal.js/reveal.css';
import '../theme/fonts.css';
import '../theme/deck.css';
import '../theme/reading.css';
import '../theme/print.css';
import '../theme/meeting-pack.css';
import { registerCharts } from '../charts/register-charts.ts';
import { chartTheme } from '../charts/theme.ts';
import { isPrintView } from './is-print-view.ts';
import { pageMode } from './page-mode.ts';
import { showContentProblems } from './show-content-problems.ts';
import { announcePreviewReady, bindSpeaker, takeTokenIfPresenting } from './speaker/bind-speaker.ts';
import { startRemoteControl } from './speaker/remote-control.ts';
import { startSpeakerConsole } from './speaker/speaker-console.ts';
import { reportStartFailure, startDeck } from './start-deck.ts';

if (import.meta.env.DEV) showContentProblems();

// One bundle for every mode: the offline file is a single classic script, which cannot load chunks.
const mode = pageMode();
if (mode === 'console' || mode === 'remote') {
  try {
    if (mode === 'console') startSpeakerConsole();
    else startRemoteControl();
  } catch (error) {
    reportStartFailure(error);
  }
} else {
  const token = mode === 'deck' ? takeTokenIfPresenting() : undefined;
  startDeck({ ChartClass: registerCharts(), theme: chartTheme, preview: mode === 'preview' })
    .then((deck) => {
      if (mode === 'preview') announcePreviewReady();
      else if (!isPrintView()) bindSpeaker(deck, token);
    })
    .catch(reportStartFailure);
}
