import type { Raw } from "#brief/figures/card/figure.ts";
import { ADVERBS, AUXILIARIES, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { verbSubject } from "#brief/figures/language/subject.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the pound has lost a quarter of its value", "shares lost 40% of their value", "the house lost half its worth": a
// share of its own value a thing lost is its fall in value ('a quarter — value', '40% — share of value'), the thing's
// when the verb's subject names it (fall in value of pound).

/** Verbs of losing a share of one's value. */
const LOSING = new Set(["lost", "lose", "loses", "losing", "shed", "sheds", "shedding"]);

/** What a share of value is said of. */
const VALUE_NOUNS = new Set(["value", "worth"]);

/** Relabels a fraction or percent r of its own value after a verb of losing as the fall in that value. */
export function lostValue(toks: readonly Tok[], r: Raw): void {
  if (r.currency !== undefined || r.unit !== undefined) return;
  // "of its value", "half its value".
  const own = isWord(toks[r.e], "of") ? r.e + 1 : r.e;
  if (!POSSESSIVES.has(toks[own]?.l ?? "") || !VALUE_NOUNS.has(toks[own + 1]?.l ?? "")) return;
  let v = r.s - 1;
  while (v > 0 && isWord(toks[v]) && ADVERBS.has(toks[v]!.l)) v--;
  const verb = toks[v];
  if (!isWord(verb) || !LOSING.has(verb.l)) return;
  const noun = toks[own + 1]!.l;
  const subject = verbSubject(toks, v);
  const named = subject !== undefined && !AUXILIARIES.has(toks[subject[1] - 1]?.l ?? "") && toks[subject[1] - 1]?.pos !== "PRON";
  r.label = named ? `fall in ${noun} of ${phrase(toks, subject[0], subject[1])}` : `fall in ${noun}`;
}
