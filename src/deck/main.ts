import 'reveal.js/reveal.css';
import '../theme/fonts.css';
import '../theme/deck.css';
import '../theme/reading.css';
import '../theme/print.css';
import '../theme/meeting-pack.css';
import { registerCharts } from '../charts/register-charts.ts';
import { chartTheme } from '../charts/theme.ts';
import { showContentProblems } from './show-content-problems.ts';
import { reportStartFailure, startDeck } from './start-deck.ts';

if (import.meta.env.DEV) showContentProblems();
startDeck({ ChartClass: registerCharts(), theme: chartTheme }).catch(reportStartFailure);
