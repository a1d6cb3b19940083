import { chartPalette, cssFontStack, paleAlpha, palette, rgba } from '../theme/palette.ts';

/** The one place chart type sizes are chosen; the colours come from src/theme/palette.ts. */
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
  fontFamily: cssFontStack(),
  textColor: palette.text,
  mutedColor: palette.muted,
  gridColor: rgba(palette.text, paleAlpha),
  palette: chartPalette,
  derivedFill: rgba(palette.muted, paleAlpha),
  derivedColor: palette.muted,
  valueLabelSize: 22,
  tickSize: 20,
  legendSize: 20,
};
