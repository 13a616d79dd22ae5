import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// "seized a parcel containing clothes and $85,000", "found drugs, a phone and £3,000": money listed after other things
// a parcel held or a search found is cash. Nothing named it: the verb read back stops at the list's "and", the nearest
// noun phrase does too, and with none after it the amount was dropped as no figure (card audit 33's pattern 18).

/** Verbs whose object list may end on money: what a thing held or a search found. */
const HOLDING = new Set([
  "containing", "contained", "contains", "contain", "holding", "held", "carrying", "carried", "hiding", "hid", "hidden",
  "stashed", "found", "seized", "intercepted", "recovered", "discovered",
]);

/** How far back from the amount the list's verb may stand: "containing personal items, a laptop and". */
const LIST_REACH = 8;

/** "cash" for money at `s` ending a list ("clothes and $85,000") whose verb holds or finds things; else undefined. */
export function listedCash(toks: readonly Tok[], s: number): string | undefined {
  if (!isWord(toks[s - 1], "and") && toks[s - 1]?.s !== ",") return undefined;
  // The item before is a thing ("clothes", "personal items"), not another amount or a clause.
  if (toks[s - 2]?.pos !== "NOUN") return undefined;
  for (let k = s - 3; k >= 0 && s - k <= LIST_REACH; k--) {
    const t = toks[k];
    if (t === undefined || (t.kind === WORD && CONJUNCTIONS.has(t.l) && t.l !== "and")) return undefined;
    if (t.kind === WORD && HOLDING.has(t.l)) return "cash";
  }
  return undefined;
}
