import { typeScale } from '../model/typography.ts';
import { cssFontStack, paleAlpha, palette, rgba } from '../theme/palette.ts';

/** The one place chart type sizes are chosen (from the deck's type scale); the colours come from src/theme/palette.ts. */
export interface ChartTheme {
  fontFamily: string;
  textColor: string;
  mutedColor: string;
  gridColor: string;
  /** A derived value's fill where no pattern can be drawn; on screen it is hatched in its topic's colour. */
  derivedFill: string;
  valueLabelSize: number;
  categoryTickSize: number;
  valueTickSize: number;
  legendSize: number;
  /** A chart narrower than this (a phone) sets smaller text and labels without their unit. */
  narrowWidth: number;
  /** The smallest chart text on a narrow chart, as on the phone's reading page. */
  narrowMinimumSize: number;
}

export const chartTheme: ChartTheme = {
  fontFamily: cssFontStack(),
  textColor: palette.text,
  mutedColor: palette.muted,
  gridColor: rgba(palette.text, paleAlpha),
  derivedFill: rgba(palette.muted, paleAlpha),
  valueLabelSize: typeScale.valueLabel,
  categoryTickSize: typeScale.categoryTick,
  valueTickSize: typeScale.valueTick,
  legendSize: typeScale.legend,
  narrowWidth: 440,
  narrowMinimumSize: 16,
};
