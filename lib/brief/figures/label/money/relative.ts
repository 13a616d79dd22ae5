import { AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { FORECAST_PAST } from "#brief/figures/language/forecast-verbs.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// An amount named by the relative clause after it: "short of the 2.5% which the French government had predicted"
// → "French government predicted". The words before it ("short of the") name nothing; who said it does.

/** "(which|that) [the] SUBJECT [had] VERB" right after the amount at e, as "SUBJECT VERB"; else "". */
export function relativeLabel(toks: readonly Tok[], e: number): string {
  const rel = toks[e];
  if (!isWord(rel) || (rel.l !== "which" && rel.l !== "that")) return "";
  const k = pastDeterminers(toks, e + 1);
  const end = forwardNP(toks, k);
  if (end <= k || toks[end - 1]?.pos === "VERB") return "";
  let v = end;
  while (isWord(toks[v]) && AUXILIARIES.has(toks[v]?.l ?? "")) v++;
  const verb = toks[v];
  if (!isWord(verb) || verb.pos !== "VERB" || AUXILIARIES.has(verb.l)) return "";
  return `${phrase(toks, k, Math.min(end, k + 3))} ${verb.l}`;
}

// "more than the £60m brokers had forecast", "the 3% analysts expected": a relative clause with no "which" or "that"
// (the amount after "the", then a subject and a verb of forecast) names the amount as the subject's forecast; the
// noun after the amount read as what it was of ('£60m — brokers'; card audit 56, sample AX's made-up shape 10).

/**
 * Verbs whose zero relative after an amount names it the subject's forecast or reckoning: the past of the verbs of
 * forecasting (forecast-verbs.ts) and, wider than those on purpose, the verbs of an estimate, a plan or a target ("the
 * £2m the council had budgeted", "the 3% analysts estimated"): after "the AMOUNT SUBJECT" the amount is what they reckoned.
 */
const RECKONED_VERBS: ReadonlySet<string> = new Set([...FORECAST_PAST, "estimated", "anticipated", "pencilled", "penciled", "budgeted", "targeted"]);

/** Auxiliaries a forecast's verb may take in a zero relative: a perfect or a modal, never a passive's "be". */
const FORECAST_AUXILIARIES = new Set(["had", "have", "has", "would", "could", "might", "'d"]);

/** Labels money or a percent "the AMOUNT SUBJECT [had] forecast" by the subject's forecast ("brokers forecast"). */
export function zeroRelative(toks: readonly Tok[], r: Raw): void {
  if ((r.currency === undefined && !r.percent) || !isWord(toks[r.s - 1], "the")) return;
  const end = forwardNP(toks, r.e);
  if (end <= r.e || end - r.e > 3) return;
  let v = end;
  while (isWord(toks[v]) && FORECAST_AUXILIARIES.has(toks[v]!.l)) v++;
  if (!isWord(toks[v]) || !RECKONED_VERBS.has(toks[v]!.l) || agentAfter(toks, v + 1)) return;
  // "the 4.2% rate pencilled in by forecasters": with no auxiliary, a singular noun is the amount's own and the verb
  // a participle describing it; a subject of many ("brokers", "economists") forecasts.
  if (v === end && !/[^s']s$/.test(toks[end - 1]?.l ?? "")) return;
  r.label = `${phrase(toks, r.e, end)} ${toks[v]!.l}`;
}

/** Whether a participle's agent follows at k: "by forecasters", "in by forecasters". */
function agentAfter(toks: readonly Tok[], k: number): boolean {
  // (The tag read before isWord narrows the token.)
  const preposition = toks[k]?.pos === "ADP";
  return isWord(toks[k], "by") || (preposition && isWord(toks[k + 1], "by"));
}
