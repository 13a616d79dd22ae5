import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Each week the caddie brought the 30 dollars home", "She sent the £200 home to her parents", "Migrants sent $4bn
// home last year": money a verb carries home was labelled by the adverb alone ('30 dollars — home'), which says where
// it went, not what it is. It is the money so moved: "money brought home", "money sent home" (card audit 48's shape 2).

/** Forms of the verbs that carry things home whose participle is not the form itself. */
const PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ["took", "taken"], ["take", "taken"], ["takes", "taken"], ["taking", "taken"],
  ["send", "sent"], ["sends", "sent"], ["sending", "sent"], ["bring", "brought"], ["brings", "brought"], ["bringing", "brought"],
  ["carry", "carried"], ["carries", "carried"], ["carrying", "carried"], ["wire", "wired"], ["wires", "wired"], ["wiring", "wired"],
]);

/** Participles of the verbs that carry money home. */
const CARRIED = new Set(["taken", "sent", "brought", "carried", "wired", "remitted", "posted", "mailed"]);

/** The label of money a verb just before it carries "home" (the label found), else undefined. */
export function homeMoney(toks: readonly Tok[], r: Raw): string | undefined {
  if (r.label !== "home" || !isWord(toks[r.e], "home")) return undefined;
  // The verb right before the amount, past "the" or a possessive ("brought the 30 dollars", "sent their £200").
  const at = isWord(toks[r.s - 1]) && /^(?:the|his|her|their|its|our|my|your)$/.test(toks[r.s - 1]!.l) ? r.s - 2 : r.s - 1;
  const verb = toks[at];
  if (!isWord(verb)) return undefined;
  const participle = PARTICIPLES.get(verb.l) ?? verb.l;
  return CARRIED.has(participle) ? `money ${participle} home` : undefined;
}
