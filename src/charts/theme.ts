/** The one place chart colours and type sizes are chosen; they match src/theme/deck.css. */
export interface ChartTheme {
  fontFamily: string;
  textColor: string;
  mutedColor: string;
  gridColor: string;
  palette: readonly string[];
  /** A derived value is drawn pale and grey, so it never reads as a reported figure. */
  derivedFill: string;
  derivedColor: string;
  valueLabelSize: number;
  tickSize: number;
  legendSize: number;
}

export const chartTheme: ChartTheme = {
  fontFamily: "'Be Vietnam Pro', 'Segoe UI', Arial, sans-serif",
  textColor: '#1b2430',
  mutedColor: '#4a5563',
  gridColor: 'rgba(27, 36, 48, 0.12)',
  palette: ['#9b1c1c', '#1f4e79', '#b7791f', '#2f6f4f'],
  derivedFill: 'rgba(74, 85, 99, 0.12)',
  derivedColor: '#4a5563',
  valueLabelSize: 22,
  tickSize: 20,
  legendSize: 20,
};
