import type { Raw } from "#brief/figures/figure.ts";
import { DETERMINERS } from "#brief/figures/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/tokens.ts";

/** Words that, before "of", give an amount as a sum and say nothing of what it is. */
const SUMS = new Set(["total", "sum"]);

/**
 * "was fined a total of 900,000 rubles", "A total of 37 per cent of those polled said", "claimed a total of £750,000
 * in allowances": "a total of" says how the amount is given, not what it is, and a card reading "900,000 rubles —
 * total" says nothing. When the label is that word alone, the amount is labelled again as if the words were not there
 * (its start moved before them, so the verb and subject before them are the amount's own); if that finds nothing,
 * "total" stays. "the bill came to a total of $5m" never gets here: label.ts names it by the bill.
 */
export function pastTotalOf(toks: readonly Tok[], r: Raw, relabel: () => void): void {
  if (!SUMS.has(r.label.toLowerCase()) || !isWord(toks[r.s - 1], "of") || !SUMS.has(toks[r.s - 2]?.l ?? "")) return;
  let k = r.s - 2;
  // "an estimated total of", "a combined total of": the sum's own adjective goes with it.
  if (toks[k - 1]?.pos === "ADJ" || (toks[k - 1]?.pos === "VERB" && DETERMINERS.has(toks[k - 2]?.l ?? ""))) k--;
  if (DETERMINERS.has(toks[k - 1]?.l ?? "")) k--;
  const { s, label } = r;
  r.s = k;
  r.label = "";
  relabel();
  r.s = s;
  if (r.label === "") r.label = label;
}
