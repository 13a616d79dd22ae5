import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";
import { tokenWords } from "#brief/figures/language/token-words.ts";

// '"will rise toward 13,000", predicted Morgan Stanley equity strategist Naoki Kamiyama' (card-audit-14.md, sample H):
// a number inside a quote that a verb of prediction then attributes is the forecast, not the forecaster the nearest
// noun phrase after it names ('13,000 — Morgan Stanley equity strategist').

/** Verbs that attribute a quote as a prediction. */
const PREDICT = /^(?:predicted|predicts|forecast|forecasts|forecasted|projected|projects|estimated|estimates|expects|expected|warned|warns)$/;

/** How far after the number the quote may close: the rest of its clause. */
const REACH = 8;

/** Relabels "forecast" a number in a quote that a prediction verb attributes right after the quote closes. */
export function forecastLabel(toks: readonly Tok[], r: Raw): void {
  if (r.drop) return;
  for (let k = r.e; k < toks.length && k < r.e + REACH; k++) {
    const t = toks[k];
    if (t === undefined || t.s === "." || t.s === ";") return;
    if (t.kind !== PUNCT || !/^["”’']$/.test(t.s)) continue;
    // The comma may stand either side of the closing quote: '13,000", predicted', '13,000," predicted'.
    const v = toks[k + 1]?.s === "," ? k + 2 : toks[k - 1]?.s === "," ? k + 1 : -1;
    const verb = toks[v];
    if (v < 0 || !isWord(verb) || !PREDICT.test(verb.l)) return;
    // Only when the label is the forecaster named after the verb, or nothing: a noun the quote gives stays.
    const after = tokenWords(toks, v + 1);
    if (r.label === "" || after.includes(r.label)) r.label = "forecast";
    return;
  }
}
