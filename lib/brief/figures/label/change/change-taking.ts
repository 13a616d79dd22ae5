import type { Raw } from "#brief/figures/card/figure.ts";
import { CHANGES } from "#brief/figures/label/change/change-after.ts";
import { NO_THING } from "#brief/figures/label/ellipsis/change-of.ts";
import { POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// An amount labelled by its change noun alone ('£5,000 — rise', '£13million — boost') when what follows says the level
// the change took something to: "he received a £5,000 rise, taking his pay and pensions package to £140,281", "a
// £13million boost taking his fortune to £20million". What was taken to the level is what changed: pay rise, fortune
// boost. A total or a figure names no thing ("taking the total to £20m"), nor does a pronoun ("taking it to a record").

/** Verbs that carry a change on to the level it reached: "taking his fortune to", "bringing her pay to". */
const TAKING = new Set(["taking", "took", "takes", "bringing", "brought", "brings", "pushing", "pushed", "lifting", "lifted"]);

/** Relabels an amount labelled by a change noun alone with what the change took to a level; left as it was otherwise. */
export function changeTaking(toks: readonly Tok[], r: Raw): void {
  if (r.drop || !CHANGES.has(r.label)) return;
  // "a £5,000 rise, taking", "a rise of £5,000, taking": the change noun is right after the amount or before its "of".
  let k = isWord(toks[r.e], r.label) ? r.e + 1 : isWord(toks[r.s - 1], "of") && isWord(toks[r.s - 2], r.label) ? r.e : -1;
  if (k < 0) return;
  if (toks[k]?.s === ",") k++;
  if (!TAKING.has(toks[k]?.l ?? "")) return;
  const from = pastDeterminers(toks, k + 1);
  // "taking his pay to": after a possessive the word is its noun, whatever the tagger calls it ("pay" reads as a verb).
  const end = POSSESSIVES.has(toks[from - 1]?.l ?? "") && isWord(toks[from]) && toks[from]?.pos === "VERB" ? from + 1 : forwardNP(toks, from);
  // "his pay and pensions package to": the first noun of a pair is enough ("pay rise"); the level's "to" must follow,
  // after the pair's second noun too ("taking investors and analysts by surprise" reaches no level).
  const level = isWord(toks[end], "and") ? forwardNP(toks, pastDeterminers(toks, end + 1)) : end;
  if (end <= from || !isWord(toks[level], "to")) return;
  const thing = phrase(toks, from, end);
  if (NO_THING.has(thing.toLowerCase())) return;
  r.label = `${thing} ${r.label}`;
}
