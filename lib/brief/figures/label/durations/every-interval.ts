import type { Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A duration after "every" is an interval between repeats: "scored a goal every 91 minutes" says how long each goal
// took, not that 91 minutes passed; its bare unit ("91 — minutes") hid that. The one thing that repeats is the
// singular noun phrase just before it, said with "a", "an" or "one": → minutes per goal.

/** Words of hedging that may stand between the repeated thing and its "every": "a goal on average every 91 minutes". */
const HEDGES = new Set(["about", "approximately", "roughly", "around", "nearly", "almost", "average", "on", "once"]);

/** The article that makes a noun phrase one thing that repeats ("a photograph", "one murder"). */
const ONE = new Set(["a", "an", "one"]);

/** How many words the repeated thing's noun phrase may have after its article: "an ultrasound scan". */
const NP_REACH = 3;

/**
 * "take a photograph every seven seconds" → per photograph, "one murder approximately every ten minutes" → per murder;
 * "" when no singular noun phrase with "a", "an" or "one" stands right before the "every" ("goals every 90 minutes", "has doubled every five
 * months", "once every two years", "into her oviduct every 18 hours": what repeats is a doing the label cannot name).
 */
export function everyInterval(toks: readonly Tok[], r: Raw): string {
  let k = r.s - 1;
  if (!isWord(toks[k], "every")) return "";
  k--;
  // ("on average" only as a pair: a lone "on" is a place's preposition.)
  while (isWord(toks[k]) && HEDGES.has(toks[k]!.l) && (toks[k]!.l !== "on" || isWord(toks[k + 1], "average"))) {
    if (toks[k]!.l === "average" && !isWord(toks[k - 1], "on")) return "";
    k--;
  }
  const end = k + 1;
  const head = toks[k];
  // ("works a day every three weeks": a time is a rate's share of another, no thing that repeats.)
  if (!isWord(head) || head.pos !== "NOUN" || DURATIONS.has(head.l) || (head.l.endsWith("s") && !head.l.endsWith("ss"))) return "";
  while (k > end - 1 - NP_REACH && isWord(toks[k - 1]) && (toks[k - 1]!.pos === "NOUN" || toks[k - 1]!.pos === "ADJ")) k--;
  if (!isWord(toks[k - 1]) || !ONE.has(toks[k - 1]!.l)) return "";
  return `per ${toks.slice(k, end).map((t) => t.s).join(" ")}`;
}
