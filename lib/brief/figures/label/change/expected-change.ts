import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGE_NOUNS } from "#brief/figures/language/lexicon.ts";
import { FORECAST_WORDS } from "#brief/figures/language/forecast-verbs.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Buyers now expect rents to rise by 2% over the next year", "the bank forecast a 5% fall in car sales in 2006": a
// change someone expects or forecasts is their expectation, not a change that happened; labelled 'rents' and 'fall in
// car sales' it read as a fact beside the real one ('0.3% — rise in rents' before it; blind sample BA's made-up shapes
// S5, S6). The label keeps the verb's word: 'expected rise in rents', 'forecast fall in car sales'. Two shapes: the
// verb right before the change it takes as object ("forecast a 5% fall in", "predicts growth of 3%"), or before a
// subject and "to" a verb of change ("expect rents to rise by 2%", "prices are expected to fall 3%").

/** Verbs of change after "to", by the noun of their change. */
const CHANGE_VERBS: ReadonlyMap<string, string> = new Map([
  ["rise", "rise"], ["fall", "fall"], ["grow", "growth"], ["increase", "increase"], ["decrease", "decrease"],
  ["drop", "drop"], ["decline", "decline"], ["climb", "climb"], ["jump", "jump"], ["shrink", "fall"], ["slow", "slowdown"],
]);

/** How many words the subject between the verb of expecting and its "to" may run to: "expect average rents to". */
const SUBJECT_WORDS = 4;

/**
 * The word of the verb of expecting at k, else undefined. Every form of the family (forecast-verbs.ts): the base too,
 * as "Buyers now expect rents to rise" and "is expected to" both say a change is expected.
 */
const expecting = (toks: readonly Tok[], k: number): string | undefined => (isWord(toks[k]) ? FORECAST_WORDS.get(toks[k]!.l) : undefined);

/** Labels a change expected or forecast with that word: 'expected rise in rents', 'forecast fall in car sales'. */
export function expectedChange(toks: readonly Tok[], r: Raw): void {
  const head = r.label.split(" ", 1)[0] ?? "";
  if (r.drop || r.label === "") return;
  const changed = CHANGE_NOUNS.has(head);
  // "forecast a 5% fall in car sales", "predicts growth of 3%": the change is the verb's object.
  const a = isWord(toks[r.s - 1], "a") || isWord(toks[r.s - 1], "an") ? r.s - 2 : r.s - 1;
  const object = changed && isWord(toks[r.s - 1], "of") ? expecting(toks, r.s - 3) : changed ? expecting(toks, a) : undefined;
  if (object !== undefined) {
    r.label = `${object} ${r.label}`;
    return;
  }
  // "expect rents to rise by 2%", "are expected to fall 3%": "to", a verb of change, its "by", then the amount.
  const v = isWord(toks[r.s - 1], "by") ? r.s - 2 : r.s - 1;
  const change = isWord(toks[v]) ? CHANGE_VERBS.get(toks[v]!.l) : undefined;
  if (change === undefined || !isWord(toks[v - 1], "to")) return;
  for (let k = v - 2; k >= 0 && v - 2 - k <= SUBJECT_WORDS; k--) {
    const word = expecting(toks, k);
    if (word !== undefined) {
      r.label = changed ? `${word} ${r.label}` : `${word} ${change} in ${r.label}`;
      return;
    }
    if (!isWord(toks[k])) return;
  }
}
