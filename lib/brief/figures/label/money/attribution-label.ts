import type { Raw } from "#brief/figures/card/figure.ts";
import { ATTRIBUTION_VERBS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "the so-called 'citizens income' -- which critics say would cost £280billion --": the speakers and their verb of
// saying stand between a relative pronoun and the verb that governs the amount, and the card showed them as what the
// money is ('£280billion — critics say', card audit 25, sample S: who says it, not what would cost it). What would
// cost it is the noun the relative pronoun follows.

/** Relative pronouns an attribution may follow: "which critics say", "that experts believe". */
const RELATIVES = new Set(["which", "that", "who"]);

/** Relabels an amount labelled by an attribution ("critics say") right after a relative pronoun by the noun that pronoun follows. */
export function attributionLabel(toks: readonly Tok[], r: Raw): void {
  if (r.drop) return;
  // The label's last word, without splitting the label of every figure.
  const verb = r.label.slice(r.label.lastIndexOf(" ") + 1).toLowerCase();
  if (!ATTRIBUTION_VERBS.has(verb)) return;
  // The verb of saying the label was read from, and the relative pronoun before its speakers ("which critics say").
  let v = r.s - 1;
  while (v >= 0 && !isWord(toks[v], verb)) v--;
  // The attribution's verb is followed by the clause's own ("critics say would cost"); a noun of the same spelling, by
  // its "of" or "for" ("made claims of £16,000", "a damages claim for $18 million"), is the money's own noun. (The
  // tagger calls "say" here a noun too, so the word after it tells.)
  const next = toks[v + 1]?.pos;
  if (next !== "AUX" && next !== "VERB") return;
  let rel = v - 1;
  while (rel >= 0 && isWord(toks[rel]) && !RELATIVES.has(toks[rel]!.l)) rel--;
  // (At the sentence's start, "What critics say would cost", no noun stands before.) Over a dash or comma that opens
  // the relative clause, and a quote mark that closes the noun ("'citizens income' --").
  let k = rel;
  while (k > 0 && toks[k - 1]!.kind === PUNCT) k--;
  const np = backNP(toks, k, false);
  if (np !== undefined) r.label = phrase(toks, np[0], np[1]);
}
