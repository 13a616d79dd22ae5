import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Captain Alastair Cook got 76 in a century stand", "a delivery from Stuart Broad when he had made 69": in a sentence
// about cricket, a bare count a batsman made, scored or got is his innings, runs, which CNN/DailyMail highlights quote
// ("Alastair Cook scored 76"); with no noun of its own it was dropped. Only with a word that says cricket in the same
// sentence: "he has scored 18 and assisted 10 goals" is football, "reached 16 under" golf.

/** Verbs a batsman's runs follow ("had made 69", "got 76", "scoring 112"). */
const BATTING = new Set(["made", "make", "making", "scored", "scoring", "got"]);

/** Words that say the sentence is about cricket (lowercase), and "Test", the match, only capitalised. */
const CRICKET = new Set([
  "innings", "century", "wicket", "wickets", "stand", "partnership", "stumps", "batsman", "batting", "bowled", "bowler",
  "delivery", "crease", "lbw", "declared", "overs", "half-century", "ashes", "runs", "opener",
]);

/** The most runs an innings is read as (Lara's 400 not out is the Test record): a larger bare count is no innings. */
const MOST = 400;

/**
 * "runs" for the bare count r in digits right after a batting verb in a sentence that says cricket, else "". An
 * innings is one batsman's, so no later bare count takes "runs" as the noun it elides (r.whole).
 */
export function inningsRuns(toks: readonly Tok[], r: Raw): string {
  const verb = toks[r.s - 1];
  if (toks[r.core]?.kind !== NUM || r.value > MOST || r.valueMax !== undefined || !isWord(verb) || !BATTING.has(verb.l)) return "";
  if (!toks.some((t) => isWord(t) && (CRICKET.has(t.l) || t.s === "Test"))) return "";
  r.whole = true;
  return "runs";
}
