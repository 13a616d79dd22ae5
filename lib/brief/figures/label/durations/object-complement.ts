import type { Raw } from "#brief/figures/card/figure.ts";
import { forBefore } from "#brief/figures/label/durations/for-words.ts";
import { ADVERBS } from "#brief/figures/language/lexicon.ts";
import { pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The attack made the site unusable for five hours", "left the bank's systems useless for two days": a verb that
// puts its object in a state (an object complement), then a time. The time is how long the object was in that state,
// and the label says both: what and how (hours site unusable). The predicate reader (duration-predicate.ts) finds
// no copula or doing there, so the time kept its unit alone ('five — hours': the thirty-fifth round's labels48 left
// the shape).

/** Verbs whose object takes a state after it: "made the site unusable", "left them homeless", "rendered it useless". */
const PUTTING = new Set([
  "made", "make", "makes", "making", "left", "leave", "leaves", "leaving", "rendered", "render", "renders", "rendering",
]);

/** How many words the object may have between its verb and its state: "the bank's main website". */
const OBJECT_WORDS = 4;

/** "site unusable": the object and its state before the duration `r`'s "for", or "" when no verb puts one there. */
export function objectComplement(toks: readonly Tok[], r: Raw): string {
  const f = forBefore(toks, r.s);
  const state = toks[f - 1];
  if (f < 0 || !isWord(state) || state.pos !== "ADJ") return "";
  // ("made the site completely unusable": an adverb before the state is the state's.)
  const c = isWord(toks[f - 2]) && (toks[f - 2]!.pos === "ADV" || ADVERBS.has(toks[f - 2]!.l)) ? f - 2 : f - 1;
  for (let k = c - 2; k >= 0 && c - k - 1 <= OBJECT_WORDS; k--) {
    const t = toks[k];
    if (!isWord(t)) return "";
    if (!PUTTING.has(t.l)) continue;
    const from = pastDeterminers(toks, k + 1);
    // The object is a noun phrase: a noun last, and no verb or preposition inside ("made it to the final unbeaten").
    const object = toks.slice(from, c);
    const head = object[object.length - 1];
    if (head === undefined || (head.pos !== "NOUN" && head.pos !== "PROPN") || object.some((o) => o.pos === "VERB" || o.pos === "ADP")) return "";
    // (The state without its adverb: "site unusable", a label the card holds whole.)
    return `${phrase(toks, from, c)} ${state.l}`;
  }
  return "";
}
