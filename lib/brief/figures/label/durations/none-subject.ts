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
  const far = noneOfSubject(toks, a);
  if (far !== undefined) return `without ${words(toks, far.k + 1, far.of)}`;
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

/** How far back of the auxiliary a "no" subject with an "of" phrase may start ("no new cases of the disease were"). */
const OF_REACH = 8;

/**
 * "No new cases of the disease were reported for 12 days": a "no" subject beyond SUBJECT_REACH whose head noun is
 * followed by an "of" phrase that runs, with no verb, to the auxiliary at `a`; the days went without its head (new
 * cases). It was labelled 'days reported'. The "no" and the "of", or undefined.
 */
export function noneOfSubject(toks: readonly Tok[], a: number): { k: number; of: number } | undefined {
  for (let k = a - SUBJECT_REACH - 1; k >= 0 && a - k <= OF_REACH; k--) {
    if (toks[k]!.l !== "no") continue;
    let of = -1;
    for (let j = k + 1; j < a; j++) {
      const t = toks[j]!;
      if (t.pos === "AUX" || t.pos === "VERB") return undefined;
      if (t.l === "of" && of < 0) of = j;
    }
    // "no one of them", "no more of it": a pronoun or a word of degree before the "of" (or no "of") names nothing.
    if (toks[of - 1]?.pos !== "NOUN") return undefined;
    return { k, of };
  }
  return undefined;
}
