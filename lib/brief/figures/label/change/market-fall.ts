import type { Raw } from "#brief/figures/card/figure.ts";
import { ADVERBS, AUXILIARIES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the main share index has lost only 2% since the strike started", "the benchmark index has shed just 4%": a percent
// a market lost or shed is its fall. "lost" and "shed" are read as change verbs nowhere else (a team "lost 2-1", a
// party "lost 5% of its vote"), so the percent kept the subject alone as its label, the direction gone ('only 2% —
// main share index', card audit 47, sample AO). Only a market's subject is read so: its head an index, shares,
// stocks, a market or a currency, whose only loss a percent can be is a fall in its level.

/** Verbs of losing a part of one's level. */
const LOSING = new Set(["lost", "shed", "loses", "sheds"]);

/** Heads of a market's subject: what falls when it loses a percent. */
const MARKETS = new Set([
  "index", "indices", "indexes", "shares", "stocks", "market", "markets", "bourse", "average", "benchmark", "pound",
  "dollar", "euro", "yen", "rouble", "rupee", "currency", "sterling",
]);

/** Hedges between the verb and the percent: "lost only 2%", "shed just 4%" (the qualifier is the figure's). */
const HEDGES = new Set(["only", "just", "nearly", "almost", "about", "around", "some", "more", "than", "over", "less", "under"]);

/** Relabels a percent after "lost"/"shed" whose subject is a market as the fall in it: "fall in main share index". */
export function marketFall(toks: readonly Tok[], r: Raw): void {
  if (!r.percent || r.currency !== undefined || r.label.startsWith("fall in") || r.label.startsWith("rise in")) return;
  // "of its value" is lost-value.ts'; "lost 2% of its staff" a share of something else.
  if (isWord(toks[r.e], "of")) return;
  // From the figure's first word, past its qualifier whatever it is ("has lost roughly 4%", "exactly 2%": hedges in
  // neither list below were read as the verb and the fall missed), then past hedges the reader left outside it.
  let v = Math.min(r.s, r.core) - 1;
  while (v > 0 && isWord(toks[v]) && (HEDGES.has(toks[v]!.l) || ADVERBS.has(toks[v]!.l))) v--;
  const verb = toks[v];
  if (!isWord(verb) || !LOSING.has(verb.l)) return;
  const subject = verbSubject(toks, v);
  if (subject === undefined) return;
  const head = toks[subject[1] - 1];
  if (!isWord(head) || !MARKETS.has(head.l) || AUXILIARIES.has(head.l)) return;
  r.label = `fall in ${phrase(toks, subject[0], subject[1])}`;
}
