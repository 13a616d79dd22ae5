import { AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { changeTopic } from "#brief/figures/language/change-verb.ts";
import { adjacent, isWord, NUM, type Tok, upDown } from "#brief/figures/language/tokens.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// "has risen more than tenfold in less than 12 months", "a fivefold rise in profits", "trade up threefold": a growth
// multiple said as a "-fold" word was never read (card audit 22, sample P's miss: bbc-tech-217's lead; 8 cnndm-dev and
// dev-bbc sentences say one, 3 of them a lead). It is read as multiples.ts reads "tripled", only where it says a growth:
// after a verb of rising or "up", or before a change noun. "The challenge was twofold" (two parts) is no figure.

/** "-fold" words and the multiple each says. */
export const FOLD_WORDS: ReadonlyMap<string, number> = new Map([
  ["twofold", 2], ["threefold", 3], ["fourfold", 4], ["fivefold", 5], ["sixfold", 6], ["sevenfold", 7], ["eightfold", 8],
  ["ninefold", 9], ["tenfold", 10], ["twentyfold", 20], ["hundredfold", 100],
]);

/**
 * A multiple said as a number and "fold" at `i` ("ten-fold", "12-fold", "2.5-fold", "ten fold", "30 fold"): its value,
 * the index of its "fold" and whether it was hyphened. They were read as counts labelled 'folds' or 'fold increase'
 * (4 cnndm-dev cards: "increased ten-fold", "a 12-fold increase in the risk"); they say what "tenfold" says.
 */
export function foldNumberAt(toks: readonly Tok[], i: number): { value: number; last: number; hyphened: boolean } | undefined {
  const t = toks[i];
  if (t === undefined) return undefined;
  const glued = /^([a-z]+)-fold$/.exec(t.l);
  if (glued !== null) {
    const value = CARDINAL_WORDS.get(glued[1] ?? "");
    return value === undefined ? undefined : { value, last: i, hyphened: true };
  }
  const value = t.kind === NUM ? Number(t.s.replace(/,/g, "")) : CARDINAL_WORDS.get(t.l);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  // "12-fold": the number, a hyphen and "fold" written together.
  if (toks[i + 1]?.s === "-" && isWord(toks[i + 2], "fold") && adjacent(t, toks[i + 1]) && adjacent(toks[i + 1], toks[i + 2])) return { value, last: i + 2, hyphened: true };
  if (isWord(toks[i + 1], "fold")) return { value, last: i + 1, hyphened: false };
  return undefined;
}

/** Change nouns a "-fold" word may stand before ("a fivefold rise in profits", "a five-fold improvement in recall"). */
const RISES = new Set(["rise", "increase", "jump", "growth", "gain", "surge", "leap", "boost", "improvement"]);

/** How far before the hedge the verb of rising may stand ("shot up", "have risen"). */
const VERB_WORDS = 3;

/**
 * What grew by the "-fold" word at `i` (its hedge starts at `s`; `noun` when an article stands before it): what follows
 * the change noun's "in" or "of", else the subject of the verb of rising before it; "" when it says no growth.
 */
export function foldLabel(toks: readonly Tok[], i: number, s: number, noun: boolean): string {
  if (noun) {
    if (!RISES.has(toks[i + 1]?.l ?? "") || !(isWord(toks[i + 2], "in") || isWord(toks[i + 2], "of"))) return "";
    const k = pastDeterminers(toks, i + 3);
    const end = forwardNP(toks, k);
    return end > k ? phrase(toks, k, Math.min(end, k + 3)) : "";
  }
  // The verb of rising right before the hedge ("has risen more than tenfold", "shot up", "were up"): its subject
  // grew, read as a percent change's is ("sales of trench coats shot up 10 per cent" → sales).
  let v = s - 1;
  while (v >= 0 && s - v <= VERB_WORDS && upDown(toks[v]) !== "up") v--;
  if (upDown(toks[v]) !== "up" || toks.slice(v + 1, s).some((w) => !isWord(w) || !(AUXILIARIES.has(w.l) || w.pos === "VERB" || w.l === "up"))) return "";
  const np = changeTopic(toks, s, v);
  return np !== undefined && toks[np[1] - 1]?.pos !== "PRON" ? phrase(toks, np[0], np[1]) : "";
}
