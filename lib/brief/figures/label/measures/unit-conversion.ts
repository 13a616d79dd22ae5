import { GLUED_UNITS, MEASURE_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "police found 0.71 grams (0.025 ounces) of methamphetamine", "pick up at least 4,000 kilograms (more than 8,000
// pounds) of waste", "That wound measured 10 centimeters (4 inches) long": a measure said again in other units, in
// brackets right after its unit, is the same amount; what the measure is of ("of methamphetamine") or its dimension
// ("long") is said past the bracket, and read there, as without it. Before, the bracket ended the reading and the
// measure was labelled by its unit alone ('0.71 — grams', card-audit-19.md's sample M). Only a bracket of a number,
// units and hedges: "(pictured)", "(£337)", "(CNN)" say something else and end the reading as before.

/** How many tokens a conversion's bracket may hold: "(more than 8,000 pounds)", "(1.2 metres)". */
const MOST = 6;

/** "(118g)": grams glued, a unit only here, where the bracket already says it converts a measure. */
const GRAMS = "g";

/** Hedges and scales a conversion may carry: "(more than 8,000 pounds)", "(about 20 centimeters)", "(1.8 million tonnes)". */
const HEDGES = new Set(["about", "around", "roughly", "approximately", "almost", "nearly", "some", "just", "over", "under", "more", "less", "than", "up", "to", "or", "thousand", "million", "billion"]);

/**
 * The token after a bracketed conversion of a measure into other units that opens at `e` ("(0.025 ounces)",
 * "(118g)"); `e` itself when no such bracket opens there.
 */
export function pastUnitConversion(toks: readonly Tok[], e: number): number {
  if (toks[e]?.s !== "(") return e;
  for (let k = e + 1; k < toks.length && k - e <= MOST; k++) {
    const t = toks[k]!;
    if (t.s === ")") return k + 1;
    if (t.kind !== NUM && (t.kind !== WORD || !(MEASURE_NOUNS.has(t.l) || GLUED_UNITS.has(t.l) || t.l === GRAMS || HEDGES.has(t.l)))) return e;
  }
  return e;
}

/** Hedges that may stand between "within" and its length: "within about 120 miles". */
const WITHIN_HEDGES = new Set(["about", "around", "some", "just", "roughly", "approximately"]);

/**
 * Where the words that say what a measure from s to e is of resume: past a bracketed conversion after its unit
 * ("0.71 grams (0.025 ounces) of methamphetamine"). Not after "within": "within 120 miles (193km) of Los Angeles"
 * names the place it is measured from, no stuff the miles are of, so the bracket ends the reading as before.
 */
export function measureResumes(toks: readonly Tok[], s: number, e: number): number {
  let k = s - 1;
  while (k > 0 && WITHIN_HEDGES.has(toks[k]?.l ?? "")) k--;
  return isWord(toks[k], "within") ? e : pastUnitConversion(toks, e);
}
