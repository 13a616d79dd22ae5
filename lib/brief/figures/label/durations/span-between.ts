import { POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "died five hours apart", "a woman more than 10 years her junior", "the world's religions 35 years from now": the
// words after a duration's unit say what it spans, a gap between two things or an age, or a time ahead of now, and
// the label was the unit alone ('five — hours'). Said as an editor says it: hours apart, years younger, years from now
// (time-ahead.ts' word for a time ahead).

/** An age gap's word after an owner and the label's: "ten years her junior" → years younger. */
const AGE_GAP: ReadonlyMap<string, string> = new Map([["junior", "younger"], ["senior", "older"]]);

/** What the words from `k` (right after a duration's unit) say it spans; "" when they say none of these. */
export function spanBetween(toks: readonly Tok[], k: number): string {
  const w = toks[k];
  if (!isWord(w)) return "";
  if (w.l === "apart") return "apart";
  const gap = AGE_GAP.get(toks[k + 1]?.l ?? "");
  if (POSSESSIVES.has(w.l) && gap !== undefined && isWord(toks[k + 1])) return gap;
  return w.l === "from" && isWord(toks[k + 1], "now") ? "from now" : "";
}
