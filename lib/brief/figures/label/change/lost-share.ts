import { MAX_LABEL_WORDS, type Raw } from "#brief/figures/card/figure.ts";
import { ADVERBS, PERIOD_NOUNS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the airline lost two-fifths of its passengers in a single quarter", "shed a third of its staff": a share of its
// own people or things a subject lost is the share lost (passengers lost in a quarter), as a count's losing verb
// folds into its label ("lost 40 of its pilots" → pilots lost); the noun alone dropped the loss ('two-fifths —
// passengers'; card audit 51, sample AS's made-up shape 7). Its own value lost is a fall in value (lost-value.ts).

/** Verbs of losing a share of what one has. */
const LOSING = new Set(["lost", "lose", "loses", "losing", "shed", "sheds", "shedding"]);

/** What lost-value.ts reads: a share of one's own value is a fall in it. */
const VALUE_NOUNS = new Set(["value", "worth"]);

/** "in a (single) quarter": the span the loss took, kept as "in a quarter"; else "". */
function lostIn(toks: readonly Tok[], k: number): string {
  if (!isWord(toks[k], "in") || !isWord(toks[k + 1], "a")) return "";
  const single = isWord(toks[k + 2], "single") ? 1 : 0;
  const period = toks[k + 2 + single];
  return isWord(period) && PERIOD_NOUNS.has(period.l) ? ` in a ${period.l}` : "";
}

/** Relabels a fraction or percent `r` of its own things after a verb of losing as those things lost. */
export function lostShare(toks: readonly Tok[], r: Raw): void {
  // A percent keeps its "share of" label ("The club lost 40% of its members" → share of members, pinned by
  // test/figures-lost-value.test.ts as what lost-value.ts leaves alone): only a fraction said in words moves.
  if (r.currency !== undefined || r.unit !== undefined || r.percent || r.type !== "other") return;
  // "of its passengers", "half its members".
  const own = isWord(toks[r.e], "of") ? r.e + 1 : r.e;
  if (!POSSESSIVES.has(toks[own]?.l ?? "") || VALUE_NOUNS.has(toks[own + 1]?.l ?? "")) return;
  let v = r.s - 1;
  while (v > 0 && isWord(toks[v]) && ADVERBS.has(toks[v]!.l)) v--;
  if (!isWord(toks[v]) || !LOSING.has(toks[v]!.l)) return;
  const end = forwardNP(toks, own + 1);
  if (end <= own + 1) return;
  const noun = phrase(toks, own + 1, end);
  const lost = `${noun} lost`;
  // The span only while the label holds it.
  const spanned = `${lost}${lostIn(toks, end)}`;
  r.label = spanned.split(" ").length <= MAX_LABEL_WORDS ? spanned : lost;
}
