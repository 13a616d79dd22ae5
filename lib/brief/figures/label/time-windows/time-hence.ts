import type { Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { doneIn } from "#brief/figures/label/time-windows/done-in.ts";

// "Nobody will remember this in three years time", "in three years' time": a time "in" a span's "time" is when
// something will be, counted from now, whatever the verb ('three — years time', the noun phrase read whole; AK shape
// 8). Labelled as time-ahead.ts labels a future's "in three years": years from now. After a told verb of finishing,
// though, the span is the time the doing took, as without "time" ("The runners finished in three hours time" → hours
// to finish, done-in.ts; it read 'hours from now'); a future or a passive of one stays ahead ("will finish", "will be
// finished in three years' time").

/**
 * "years from now" for a duration at `s` whose unit stands at `u`, said "in N units time" or "in N units' time" (the
 * time a finished doing took, after a told verb of finishing); "" for any other.
 */
export function timeHence(toks: readonly Tok[], r: Raw, u: number): string {
  const unit = toks[u];
  if (r.type !== "duration" || !isWord(toks[r.s - 1], "in") || !isWord(unit) || !DURATIONS.has(unit.l)) return "";
  const apostrophe = toks[u + 1]?.s === "'" || toks[u + 1]?.s === "’";
  if (!isWord(toks[apostrophe ? u + 2 : u + 1], "time")) return "";
  return doneIn(toks, r.s - 1, unit.l) || `${unit.l} from now`;
}
