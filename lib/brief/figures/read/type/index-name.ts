import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "as the Topix, Fenwick and Hale's 250, and the Kospi moved", "the Standard & Poor's 500 slid": digits right after a
// possessive name of two joined names ("X and Y's", "X & Y's") name a stock index, as "the Nikkei 225" does, in a
// sentence about markets; read as a count of the owner they were '250 — Hale's' (card audit 51, sample AS's made-up
// shape 12). A noun after the digits ("Marks and Spencer's 300 stores") is what the owner has, counted as before.

/** Words that say a sentence is about markets, where joined names before digits name an index. */
const MARKET_WORDS = new Set(["shares", "stocks", "index", "indices", "indexes", "markets", "market", "bourse", "trading", "equities"]);

/** Whether the bare number `r` is the digits of an index named "X and Y's N" or "X & Y's N". */
export function indexName(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || r.valueMax !== undefined || r.glued !== undefined || r.compound !== undefined || r.words) return false;
  const owner = toks[r.s - 1];
  const join = toks[r.s - 2];
  const first = toks[r.s - 3];
  if (!isWord(owner) || !isCapitalised(owner) || !owner.l.endsWith("'s") || first === undefined || !isCapitalised(first)) return false;
  const ampersand = join?.s === "&";
  if (!ampersand && !isWord(join, "and")) return false;
  const next = toks[r.e];
  if (isWord(next) && (next.pos === "NOUN" || next.pos === "PROPN") && next.l !== "index") return false;
  // "Fenwick and Hale's 250 new homes", "Marks and Spencer's 300 remaining stores": a describing word before the noun
  // is the owner's things counted too, no index's verb.
  if (isWord(next) && (next.pos === "ADJ" || next.l.endsWith("ing")) && isWord(toks[r.e + 1]) && toks[r.e + 1]!.pos === "NOUN") return false;
  return toks.some((t) => isWord(t) && MARKET_WORDS.has(t.l));
}
