import type { Raw } from "#brief/figures/figure.ts";
import { isWord, type Tok } from "#brief/figures/tokens.ts";

// "a setting for the ultimate selfie at 1,982 ft", "balloons flying at 25,000 ft": a length in feet after
// "at" with no noun of its own says where something is, a height; the clause's subject or the noun before it, which
// labelled it since 7f4d620 read spaced units ("1,982 ft — setting"), is not what it measures.

/** Labels "height" a length in feet after "at" with no noun right after it ("won gold at 800m" is a race, so not metres). */
export function heightAt(toks: readonly Tok[], r: Raw): void {
  const unit = r.glued ?? "";
  if (r.drop || r.noun !== undefined || unit !== "ft" || !isWord(toks[r.s - 1], "at")) return;
  r.label = "height";
}
