import type { Raw } from "#brief/figures/card/figure.ts";
import { readingDimension } from "#brief/figures/card/reading-dimension.ts";

// "At 3pm it was 31C in Seville", "by 6am 40mm of rain had fallen": a reading said at a clock time is one of the day's
// many, a snapshot beside the story's own figure (the day's record, the count of warnings in force). A weather story
// lists several, and they crowded its count of warnings off the card. Only readings (reading-dimension.ts): a length or
// a distance in a sentence that says a time ("the 208ft rocket was due to lift off at 4.33pm", "55 miles closer, with
// a 5.16pm flight") is no snapshot, and marking those down took them off cnndm-dev cards for lesser counts.

/** How much a reading at a clock time ranks against the rest: one of several, not the news. */
export const CLOCK_READING_FACTOR = 0.5;

/**
 * Marks down the readings of a sentence that also says a clock time (`rejected`: the sentence's numbers that are no
 * figure, a time among them). One pass over the sentence's few numbers: no text is scanned again.
 */
export function clockReadings(raws: readonly Raw[], rejected: readonly Raw[]): void {
  if (!rejected.some((r) => r.type === "time")) return;
  for (const r of raws) if (r.type === "measure" && readingDimension(r.unit) !== undefined) r.factor *= CLOCK_READING_FACTOR;
}
