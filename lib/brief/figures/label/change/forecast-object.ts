import type { Raw } from "#brief/figures/card/figure.ts";
import { DETERMINERS } from "#brief/figures/language/lexicon.ts";
import { FORECAST_FINITE } from "#brief/figures/language/forecast-verbs.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Kestrel Partners expects 6 million units while Rowan Research forecasts 20 million": a count that is the object of
// a verb of forecasting is somebody's forecast, not a count of things there are; read by its noun alone ('6 million —
// units', '20 million — units') the two looked like two tallies of one thing and ranked off a card of trivia
// (card-audit-53's made-up shape 7). The label says whose forecast: 'units forecast by Kestrel Partners'. Only a
// finite verb right before the number with a named subject right before it: "expects to sell 6 million units" and
// "sales are expected to reach 6 million" are read as before.

/**
 * Whether a token is a finite verb of forecasting ("forecasts 15 million"): a count it governs is a forecast. The third
 * person and past only (forecast-verbs.ts), not the base form "expect", which the other readers of forecasts take.
 * Not "estimates" (a guess at what there is now: "estimates 100 million sharks are caught") nor "sees" ("Australia saw
 * 15 men arrested").
 */
export const forecastVerb = (t: Tok | undefined): boolean => isWord(t) && FORECAST_FINITE.has(t.l);

/** How many words of the noun phrase after the number are passed over to find what follows it. */
const NOUN_REACH = 3;

/** How many words a forecaster's name may have: "Rowan Research", "Kestrel Capital Partners". */
const NAME_WORDS = 4;

/** The capitalised name that ends right before k, as written ("Kestrel Partners"); "" when there is none. */
function nameBefore(toks: readonly Tok[], k: number): string {
  let j = k;
  while (j > 0 && k - j < NAME_WORDS && isWord(toks[j - 1]) && isCapitalised(toks[j - 1]!) && !DETERMINERS.has(toks[j - 1]!.l)) j--;
  return toks.slice(j, k).map((t) => t.s).join(" ");
}

/**
 * Whether the number's noun phrase from k is the subject of a clause of its own ("expects 40 million people to see it",
 * "expects 5,000 fans will come"): then what is forecast is what they do, which the noun alone does not say.
 */
function clauseAfter(toks: readonly Tok[], k: number): boolean {
  let j = k;
  while (j - k < NOUN_REACH && isWord(toks[j]) && (toks[j]!.pos === "NOUN" || toks[j]!.pos === "ADJ" || toks[j]!.pos === "PROPN")) j++;
  const t = toks[j];
  return isWord(t) && (t.l === "to" || t.pos === "VERB" || t.pos === "AUX");
}

/** Labels a count forecast by a named subject's verb "units forecast by NAME". */
export function forecastObject(toks: readonly Tok[], r: Raw): void {
  if (r.drop || r.currency !== undefined || r.percent || r.unit !== undefined || r.label === "") return;
  if (!forecastVerb(toks[r.s - 1])) return;
  const name = nameBefore(toks, r.s - 1);
  if (name === "" || clauseAfter(toks, r.e)) return;
  r.label = `${r.label} forecast by ${name}`;
}
