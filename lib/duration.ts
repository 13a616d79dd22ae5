// A span of time as people type it: "6h", "30m", "7d", "2w", "6 hours", "2 days". Used by `/brief digest since 6h`
// and `nutgraf feedback --since 7d`.

const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
const UNIT_WORDS: Record<string, string> = {
  m: "m", min: "m", mins: "m", minute: "m", minutes: "m",
  h: "h", hr: "h", hrs: "h", hour: "h", hours: "h",
  d: "d", day: "d", days: "d",
  w: "w", wk: "w", week: "w", weeks: "w",
};

export const DURATION_FORMS = "30m, 6h, 7d or 2w";

export class DurationError extends Error {
  override readonly name = "DurationError";
}

/** Milliseconds, or a DurationError naming the accepted forms. */
export function parseDuration(text: string): number {
  const match = /^(\d{1,4})\s*([a-z]+)$/i.exec(text.trim());
  const unit = match ? UNIT_WORDS[match[2]!.toLowerCase()] : undefined;
  const amount = match ? Number(match[1]) : 0;
  if (!match || !unit || amount < 1) throw new DurationError(`"${text}" is not a duration: use a number and a unit, such as ${DURATION_FORMS}`);
  return amount * UNIT_MS[unit]!;
}
