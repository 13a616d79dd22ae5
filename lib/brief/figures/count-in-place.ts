import type { Raw } from "#brief/figures/figure.ts";
import { PERIOD_NOUNS } from "#brief/figures/lexicon.ts";
import { isCapitalised, isWord, NUM, type Tok } from "#brief/figures/tokens.ts";

// "we have more horses this year -- 80 in France and almost 100 in Britain": a bare count followed only by "in" and a
// place counts something the sentence named before it, never the place; the nearest noun phrase took the place
// ("almost 100 — Britain"). The plural noun said before it is what it counts ("horses"), or the noun of a count before
// it ("26,000 Yanomami … and 15,000 in Venezuela"), else it has no label.

/** How far back a count said "in" a place looks for the plural noun it counts. */
const LOOK_BACK = 15;

/**
 * The label of a bare count said "in" a place: the nearest plural noun or counted noun before it ("horses"), or "" when none; undefined
 * when the count is not followed by "in" and a name (it is left to the nearest noun phrase).
 */
export function countInPlace(toks: readonly Tok[], r: Raw): string | undefined {
  if (r.currency !== undefined || r.percent || !isWord(toks[r.e], "in") || !isWord(toks[r.e + 1]) || !isCapitalised(toks[r.e + 1]!)) return undefined;
  for (let j = r.s - 1; j >= 0 && r.s - j <= LOOK_BACK; j--) {
    const t = toks[j];
    if (isWord(t) && t.pos === "NOUN" && t.l.endsWith("s") && !PERIOD_NOUNS.has(t.l) && !isCapitalised(t)) return t.l;
    // "about 26,000 Yanomami living in Brazil and 15,000 in Venezuela": the noun of the count before, a name too.
    const counted = toks[j + 1];
    if (t?.kind === NUM && isWord(counted) && (counted.pos === "NOUN" || counted.pos === "PROPN")) return counted.s;
  }
  return "";
}
