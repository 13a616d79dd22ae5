import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "raise the stamp duty threshold from £125,000", "cut a parking permit allowance from £5,000": the amount after "from" is the
// level the verb's object stood at, so the object names it; the verb's reading back (verb-back.ts) cut it to the verb
// and two words ('£125,000 — raise stamp'; card audit 57's shape 13).

/** Verbs that move a level, in every form ("will raise", "has cut", "lifting"): the lexicon's lists miss base forms. */
const MOVES = new Set(
  "raise raises raised raising lift lifts lifted lifting cut cuts cutting lower lowers lowered lowering increase increases increased increasing reduce reduces reduced reducing hike hikes hiked hiking freeze freezes froze frozen".split(" "),
);

/** The most words of the object kept. */
const OBJECT_WORDS = 4;

/**
 * The object of a verb of change at `v` whose noun phrase runs right up to the "from" before the amount (at `from`),
 * or undefined: "raise the stamp duty threshold from" → stamp duty threshold.
 */
export function levelMovedFrom(toks: readonly Tok[], v: number, from: number): string | undefined {
  if (!isWord(toks[from], "from") || !MOVES.has(toks[v]?.l ?? "")) return undefined;
  const k = pastDeterminers(toks, v + 1);
  const end = forwardNP(toks, k);
  return end === from && end > k && end - k <= OBJECT_WORDS ? phrase(toks, k, end) : undefined;
}
