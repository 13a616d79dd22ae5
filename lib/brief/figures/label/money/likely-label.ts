import type { Raw } from "#brief/figures/card/figure.ts";
import { CONJUNCTIONS } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { adjacent, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "were 70 per cent more likely to binge drink", "revenues were likely to be £6bn below estimates": a word of
// likelihood is how sure the amount is, not what it is of, yet the card showed it as the label ('£6bn — likely', card
// audit 25, sample S; 4 of cnndm-dev's and dev-bbc's card rows), and the percents told by "more likely to" took a noun
// of the clause before ('20 per cent — characters drinking alcohol', '24 per cent — better'; all 8 such percents of the
// two files were mislabelled). A percent "more" or "less likely to" do something is the change in that likelihood,
// labelled by the doing (likelier to binge drink); an amount labelled by a likelihood word is of the subject that word
// is said of.

/**
 * Words of likelihood a label may be left as: lexicon.ts' RAISING words that say how sure; "due" and "able" say who may
 * get or do it ("his wife would be due to receive £250,000": the wife is a payee, not what the money is).
 */
const LIKELY = new Set(["likely", "unlikely", "probable", "certain", "expected", "bound"]);

/** "likelier to binge drink", "less likely to develop dementia" for a percent right before "more"/"less" "likely to" and a verb, else "". */
function likelierDoing(toks: readonly Tok[], r: Raw): string {
  const than = toks[r.e];
  if (!r.percent || !(isWord(than, "more") || isWord(than, "less")) || !isWord(toks[r.e + 1], "likely") || !isWord(toks[r.e + 2], "to")) return "";
  const head = isWord(than, "more") ? "likelier to" : "less likely to";
  const doing = doingFrom(toks, r.e + 3);
  return doing === "" ? "" : `${head} ${doing}`;
}

/**
 * The doing a likelihood is of, from `from` (right after "likely to") up to the clause's next conjunction or "than",
 * else "". candidates.ts cuts a label to its length and off a dangling word ("likelier to" says "more likely to" in
 * fewer words, so "likelier to be diagnosed with dementia" stays whole). Also a multiple's (times-likely.ts).
 */
export function doingFrom(toks: readonly Tok[], from: number): string {
  let end = from;
  // The words between the name's digits are phrased as a label is; the digits a label leaves out are kept ("type 1").
  const parts: string[] = [];
  let run = from;
  for (;;) {
    const named = nameDigits(toks, end);
    if (named === 1) {
      parts.push(phrase(toks, run, end), toks[end]!.s);
      run = end + 1;
    }
    if (named > 0) end += named;
    else if (isWord(toks[end]) && !CONJUNCTIONS.has(toks[end]!.l) && toks[end]!.l !== "than") end++;
    else break;
  }
  parts.push(phrase(toks, run, end));
  return end === from ? "" : parts.filter((w) => w !== "").join(" ");
}

/**
 * "to develop type 1 diabetes", "to catch COVID-19": digits that are part of a name in the doing, after a noun and
 * before a word, or glued to a word by a hyphen; how many tokens they take (the hyphen too), else 0. The doing stopped
 * at them ('times likelier to develop type'). Not digits after a preposition: "in 10 years" is a time, no name.
 */
function nameDigits(toks: readonly Tok[], k: number): number {
  const before = toks[k - 1];
  const t = toks[k];
  if (t?.kind === NUM) {
    const named = isWord(before) && (before.pos === "NOUN" || before.pos === "PROPN");
    return named && isWord(toks[k + 1]) ? 1 : 0;
  }
  const digits = toks[k + 1];
  const glued = t?.s === "-" && isWord(before) && digits?.kind === NUM && adjacent(before, t) && adjacent(t, digits);
  return glued ? 2 : 0;
}

/** Words between a subject and its likelihood word: "revenues were likely", "the deal is now more likely". */
const LINKS = new Set(["is", "are", "was", "were", "be", "been", "being", "seems", "seem", "looks", "look", "appears", "appear", "more", "less", "most", "very", "also", "still", "now"]);

/** "revenues were likely to be £6bn" → revenues: the noun phrase before the copula the likelihood word at m follows, or "". */
function likelySubject(toks: readonly Tok[], m: number): string {
  let k = m;
  while (k > 0 && isWord(toks[k - 1]) && LINKS.has(toks[k - 1]!.l)) k--;
  const np = backNP(toks, k);
  if (np === undefined) return "";
  return phrase(toks, np[0], np[1]);
}

/** Relabels a figure labelled by a word of likelihood alone (the word itself kept when nothing better is said). */
export function likelyLabel(toks: readonly Tok[], r: Raw): void {
  if (r.drop) return;
  const doing = likelierDoing(toks, r);
  if (doing !== "") {
    r.label = doing;
    return;
  }
  if (!LIKELY.has(r.label)) return;
  let m = r.s - 1;
  // The word the label was read from, over an aside ("Revenues were likely, he said, to be £6bn"); none found, m is -1
  // and no noun phrase ends before it.
  while (m >= 0 && !isWord(toks[m], r.label)) m--;
  const subject = likelySubject(toks, m);
  if (subject !== "") r.label = subject;
}
