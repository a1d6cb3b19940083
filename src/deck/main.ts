import 'reveal.js/reveal.css';
import '../theme/fonts.css';
import '../theme/deck.css';
import 'virtual:deck-placement.css';
import '../theme/reading.css';
import '../theme/print.css';
import '../theme/meeting-pack.css';
import { chartTheme } from '../charts/theme.ts';
import { isPrintView } from './is-print-view.ts';
import { pageMode } from './page-mode.ts';
import { showContentProblems } from './show-content-problems.ts';
import { announcePreviewReady, bindSpeaker, takeTokenIfPresenting } from './speaker/bind-speaker.ts';
import { reportStartFailure, startDeck } from './start-deck.ts';

if (import.meta.env.DEV) showContentProblems();

// The console and the remote load only when asked for; the offline build inlines them.
const mode = pageMode();
if (mode === 'console') {
  import('./speaker/speaker-console.ts').then(({ startSpeakerConsole }) => startSpeakerConsole()).catch(reportStartFailure);
} else if (mode === 'remote') {
  import('./speaker/remote-control.ts').then(({ startRemoteControl }) => startRemoteControl()).catch(reportStartFailure);
} else {
  const token = mode === 'deck' ? takeTokenIfPresenting() : undefined;
  // Chart.js is the biggest part of the deck's code: loaded only when a chart is near (src/deck/chart-mounter.ts).
  const loadCharts = () => import('../charts/register-charts.ts').then(({ registerCharts }) => registerCharts());
  startDeck({ loadCharts, theme: chartTheme, preview: mode === 'preview' })
    .then((deck) => {
      if (mode === 'preview') announcePreviewReady();
      else if (!isPrintView()) return bindSpeaker(deck, token);
    })
    .catch(reportStartFailure);
}
