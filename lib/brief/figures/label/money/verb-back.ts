import type { Raw } from "#brief/figures/card/figure.ts";
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, ED_ADJECTIVES, MONEY_NOUNS, MONEY_VERBS, PREPOSITIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP, forwardNP, nounStopForObject, pastDeterminers, pastOwner } from "#brief/figures/language/noun-phrase.ts";
import { labelIngModified } from "#brief/figures/label/money/money-price.ts";
import { levelMovedFrom } from "#brief/figures/label/money/level-moved-from.ts";
import { isCapitalised, isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

// The last step of label-money.ts: when nothing else named the money, the verb read back from it says what it is
// ("would cost taxpayers about £2m" → cost taxpayers, "sold … £1m" → sale price), or, when it moves no money, that the
// amount has no label. Kept apart so the chain there reads in one sitting.

// "If you hate ironing enough to fork out nearly £300, then Brill's top steamer could be for you": money a
// conditional's reader would spend is the price of what the main clause offers them. The reading back took the
// doing the reader dislikes ('ironing enough', card audit 55's made-up shape 4), which no money pays for.

/** Verbs of spending, phrasal ones by their first word ("fork out", "shell out", "splash out", "cough up"). */
const SPENDS = new Set(["spend", "pay", "fork", "shell", "splash", "cough", "part"]);

/**
 * "price of Brill's top steamer" when `r` is money a sentence-opening "If …" clause spends (a verb of spending just
 * before it) and the main clause after its comma opens on a noun phrase; undefined otherwise.
 */
function conditionalPrice(toks: readonly Tok[], r: Raw, described: number): string | undefined {
  if (!isWord(toks[0], "if") || toks[r.e]?.s !== ",") return undefined;
  const verb = isWord(toks[described - 1]) && toks[described - 1]!.pos === "ADP" ? described - 2 : described - 1;
  if (!SPENDS.has(toks[verb]?.l ?? "")) return undefined;
  const k = pastDeterminers(toks, isWord(toks[r.e + 1], "then") ? r.e + 2 : r.e + 1);
  const end = pastOwner(toks, k, forwardNP(toks, k));
  return end > k ? `price of ${phrase(toks, k, end)}` : undefined;
}

/** Labels `r` by the verb (and its object) a few words before it, `described` being where its article and judging word start. */
export function verbBack(toks: readonly Tok[], r: Raw, described: number): void {
  const price = conditionalPrice(toks, r, described);
  if (price !== undefined) {
    r.label = price;
    return;
  }
  // "would cost taxpayers about £2m", "joined Rangers … for £1.2m": the verb that moves the money, and its object,
  // before the amount's article and the word that judges it ("grossed an astounding $2.3bn", "cost a paltry £3m").
  for (let v = described - 1; v >= 0 && r.s - v <= 6; v--) {
    const t = toks[v];
    if (t === undefined || t.kind !== WORD || CONJUNCTIONS.has(t.l) || PRONOUNS.has(t.l) || AUXILIARIES.has(t.l) || t.l === "said") break;
    if (isCapitalised(t)) continue;
    if (MONEY_VERBS.has(t.l) || (t.l.endsWith("ed") && t.l.length > 4 && !ED_ADJECTIVES.has(t.l)) || (t.l.endsWith("ing") && t.l.length > 5)) {
      if (!MONEY_VERBS.has(t.l) && labelIngModified(toks, v, r)) return;
      // "delivery fees beginning at $5": a participle after a noun describes that noun.
      if (t.l.endsWith("ing") && !MONEY_VERBS.has(t.l)) {
        const owner = backNP(toks, v, false);
        if (owner) {
          r.label = phrase(toks, owner[0], owner[1]);
          return;
        }
      }
      // "raise the stamp duty threshold from £125,000": the level the object stood at (level-moved-from.ts).
      const level = levelMovedFrom(toks, v, described - 1);
      if (level !== undefined) {
        r.label = level;
        return;
      }
      let end = v + 1;
      while (end < described && end - v < 3 && isWord(toks[end]) && !PREPOSITIONS.has(toks[end]?.l ?? "") && !nounStopForObject(toks, end)) end++;
      r.label = phrase(toks, v, end).split(" ").filter((w) => !DETERMINERS.has(w)).join(" ");
      // A verb alone ("sold", "fetched") reads better as its noun ("sale price"); a verb that does not move
      // money ("compared with $1.13bn", "followed by") labels nothing, and the amount is left out.
      if (end === v + 1) r.label = MONEY_NOUNS.get(t.l) ?? "";
      return;
    }
  }
}
