import { doingFrom } from "#brief/figures/label/money/likely-label.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "renters were 2.3 times more likely to be turned down for a mortgage": a multiple of a likelihood is how much
// likelier the doing after "likely to" is, as a percent "more likely to" is (likely-label.ts). Read as a bare
// multiple it had no label and stayed off the card, with its earlier level linked ('· 2.3 [other] from 2.1';
// card-audit-45's made-up shape 9). "Four times as likely to" says the same. With no doing after it ("2.1 times more
// likely a year earlier") nothing is named, and the multiple stays as it was.

/** The head a likelihood's comparative gives after "times" at `k`, and where its "likely" stands; undefined if none. */
function likelihoodAt(toks: readonly Tok[], k: number): { head: string; likely: number } | undefined {
  const how = toks[k + 1];
  if (isWord(how, "more") && isWord(toks[k + 2], "likely")) return { head: "times likelier", likely: k + 2 };
  if (isWord(how, "less") && isWord(toks[k + 2], "likely")) return { head: "times less likely", likely: k + 2 };
  // "times as likely" says "times likelier" in one word less, which a six-word label keeps for its doing.
  if (isWord(how, "as") && isWord(toks[k + 2], "likely")) return { head: "times likelier", likely: k + 2 };
  return undefined;
}

/** "times likelier to be turned down for a mortgage": "times" at `k`, then "more likely to" and a doing; else "". */
export function timesLikely(toks: readonly Tok[], k: number): string {
  const at = likelihoodAt(toks, k);
  if (at === undefined || !isWord(toks[at.likely + 1], "to")) return "";
  const doing = doingFrom(toks, at.likely + 2);
  return doing === "" ? "" : `${at.head} to ${doing}`;
}
