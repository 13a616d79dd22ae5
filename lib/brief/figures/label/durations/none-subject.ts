import { words } from "#brief/figures/label/durations/duration-words.ts";
import { type Tok } from "#brief/figures/language/tokens.ts";

// A passive whose subject is "no" something says what a time went without: "no new infections have been reported for
// the past 42 days" → days without new infections. What was not done names no doing (duration-predicate.ts leaves
// "have been reported" out), but the thing there was none of is what the days were without.

/** How far back of a passive's auxiliary its subject is read for a denial ("no new infections have been"). */
export const SUBJECT_REACH = 4;

/**
 * "without <noun phrase>" for the "no" subject before the passive's auxiliary at `a` ("no new infections have been
 * reported" → without new infections); "" for any other subject of none ("nobody", "no one", "none of them") or a
 * phrase that ends on no noun.
 */
export function noneSubject(toks: readonly Tok[], a: number): string {
  for (let k = a - 1; k >= 0 && a - k <= SUBJECT_REACH; k--) {
    if (toks[k]!.l !== "no") continue;
    let end = k + 1;
    while (end < a && toks[end]?.pos !== "AUX" && toks[end]?.pos !== "VERB") end++;
    // "no one has been charged": a pronoun of none says nothing a time went without.
    const last = toks[end - 1];
    if (end === k + 1 || last?.pos !== "NOUN" || last.l === "one") return "";
    // (Three words at most within the reach, so "without" and the unit fit the card's label.)
    const np = words(toks, k + 1, end);
    return np === "" ? "" : `without ${np}`;
  }
  return "";
}
