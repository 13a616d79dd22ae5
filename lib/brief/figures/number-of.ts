import { AUXILIARIES } from "#brief/figures/lexicon.ts";
import { forwardNP, phrase } from "#brief/figures/phrase.ts";
import { isWord, type Tok } from "#brief/figures/tokens.ts";

// A count whose noun comes after it as "the number of …": "That brought to 49 the number of banks that Mr Bondi
// has sued" → "banks sued". The number's own words name nothing; the phrase it sets does.

/** Words that name a running count a number is brought to. */
const TALLIES = new Set(["number", "total", "tally", "count"]);

/** The label a bare number takes from "the number of X (that … VERB)" right after it, or "". */
export function countedAfter(toks: readonly Tok[], e: number): string {
  if (!isWord(toks[e], "the") || !TALLIES.has(toks[e + 1]?.l ?? "") || !isWord(toks[e + 2], "of")) return "";
  const k = e + 3;
  const end = forwardNP(toks, k);
  if (end <= k) return "";
  const np = phrase(toks, k, Math.min(end, k + 3));
  // "… that Mr Bondi has sued", "… who have died": the verb of the relative clause says what happened to them.
  const rel = toks[end];
  if (!isWord(rel) || (rel.l !== "that" && rel.l !== "who" && rel.l !== "which")) return np;
  for (let v = end + 1; v < toks.length && v - end <= 6; v++) {
    const t = toks[v];
    if (t === undefined || !isWord(t)) break;
    if (t.pos === "VERB" && !AUXILIARIES.has(t.l)) return `${np} ${t.l}`;
  }
  return np;
}
