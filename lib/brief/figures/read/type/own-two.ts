import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "She left the ward on her own two legs", "I saw it with my own two eyes", "standing on his own two feet": a body's
// own pair is a figure of speech for doing it oneself, no count of legs (card-audit-50's made-up shape 7, junk on a
// card: 'two — legs', or 2 ft for "feet"). Only "own" right before "two" and a body part after it: "their own two
// bedrooms" counts rooms. A pair described by a plain adjective ("blessed with two quick feet", "has two safe hands")
// is the person's own pair too: a length never takes an adjective between the number and its unit, and one person's
// pair is no count (card audit 55's made-up junk shape J1). A participle ("two damaged hands", "two broken legs") is
// something done to the parts, so they may be counted, and "square"/"cubic" feet are an area's or a volume's unit.

/** Body parts a person has two of, said in the idiom. */
const PAIRED_PARTS = new Set(["legs", "feet", "hands", "eyes", "ears", "arms"]);

/** Adjectives of a length, not of a body part: an area's or a volume's unit, or more of a length ("two more feet"). */
const MEASURE_ADJECTIVES = new Set(["square", "cubic", "nautical", "linear", "more", "further", "extra", "additional", "full", "whole"]);

/** Whether the number r is the "own two PARTS" of the idiom, or a pair described: "two quick feet". */
export function ownTwo(toks: readonly Tok[], r: Raw): boolean {
  if (r.value !== 2 || r.currency !== undefined || r.percent) return false;
  if (!isWord(toks[r.s - 1], "own")) return describedPair(toks[r.e], toks[r.e + 1]);
  // "two feet" may already be read as a length, its unit word after the figure's display or inside it.
  return [toks[r.e], toks[r.e - 1]].some((t) => isWord(t) && PAIRED_PARTS.has(t.l));
}

/** Adjectives of an injury or an ailment: "two black eyes" are wounds a story counts, no praise of a pair. */
const INJURY_ADJECTIVES = new Set(["black", "bloodshot", "sore", "swollen", "bruised", "numb", "frostbitten"]);

/** Whether `adj part` is a plain adjective and a body part: "lovely feet", not "damaged hands" or "square feet". */
function describedPair(adj: Tok | undefined, part: Tok | undefined): boolean {
  // The part is looked at first, so the tagger runs only on a sentence that has one.
  if (!isWord(part) || !PAIRED_PARTS.has(part.l) || !isWord(adj) || MEASURE_ADJECTIVES.has(adj.l) || INJURY_ADJECTIVES.has(adj.l)) return false;
  return adj.pos === "ADJ" && !adj.l.endsWith("ed");
}
