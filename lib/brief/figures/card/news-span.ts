import type { KeyFigure } from "#brief/figures/card/figure.ts";
import { CLOCK } from "#brief/figures/label/time-windows/event-after.ts";

/** How many opening sentences state the news itself: the headline's sentence and the one after it. */
export const SPAN_SENTENCES = 2;

/**
 * A background duration in the story's first two sentences is the news' own span, not background: "the jury deliberated
 * for more than six hours", "their first league title in nine years". Of 517 cnndm-dev highlight numbers a full card
 * ranks off (blind articles left out), 140 are background durations and 89 sit in the first two sentences; the
 * highlights quote such a span more often than the figure that took its slot, so CardWeights.span lifts it back toward
 * a count. A match clock's minutes or seconds ("doubled the lead after 30 minutes") stay background: in a
 * match report's lead they say when a goal came, not what the story is.
 */
export const newsSpan = (period: boolean, sentence: number, figure: KeyFigure): boolean =>
  period && sentence < SPAN_SENTENCES && !CLOCK.has(figure.unit ?? "");
