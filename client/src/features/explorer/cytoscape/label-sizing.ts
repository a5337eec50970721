import { LABEL_MIN_SCREEN_PX } from './label-plan';

/**
 * Labels keep a readable size on screen whatever the zoom: a label whose natural size (its font
 * in model units times the zoom) would fall under LABEL_SCREEN_PX.min is drawn at that size, one
 * that would grow past LABEL_SCREEN_PX.max stays there. Zooming in thus spreads the nodes more
 * than their labels, and room opens for the labels that did not fit.
 */
export const LABEL_SCREEN_PX = { min: LABEL_MIN_SCREEN_PX + 0.5, max: 16 } as const;

/**
 * Statement and article labels are long: they are offered once their natural size reaches this,
 * so the overview names the parties and zooming in brings out what they said.
 */
export const TEXT_LABEL_OFFER_PX = 8.5;

/** The factor on a label's model sizes (font, width, margin) that keeps it in LABEL_SCREEN_PX. */
export function labelScale(baseFontPx: number, zoom: number): number {
  const natural = baseFontPx * zoom;
  if (!(natural > 0)) return 1;
  const onScreen = Math.min(LABEL_SCREEN_PX.max, Math.max(LABEL_SCREEN_PX.min, natural));
  return onScreen / natural;
}

/** A scale rounded to 1 %, so that a tiny zoom step does not restyle the whole graph. */
export const roundedScale = (scale: number) => Math.round(scale * 100) / 100;
