// "A third of the world's adults now own a smartphone, the study said, and 64% a bank account": a share followed by a
// noun phrase and no verb, after "and" or a comma, is a gapped clause whose verb is the earlier share's, said once.
// Labelled by the noun phrase alone ('64% — bank account') the card said what, not who owns it (blind sample BD's
// made-up shape 14). Read from the parse: the earlier share of the sentence ("N of BASE"), its base's verb as
// base-doing.ts finds it, and this share's object: 'adults own bank account'. Not a rate ("and 3% a year"), nor a share
// whose noun phrase runs on into words of its own.
import type { Raw } from "#brief/figures/card/figure.ts";
import { baseVerb } from "#brief/figures/label/change/base-doing.ts";
import { denominator } from "#brief/figures/read/amount/fraction-words.ts";
import { PERIOD_NOUNS, RATE_PERIODS } from "#brief/figures/language/lexicon.ts";
import { forwardNP, pastDeterminers, pastOwner } from "#brief/figures/language/noun-phrase.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok, upDown } from "#brief/figures/language/tokens.ts";

/** Whether the token before an "of" ends a share: "64%", "per cent", "percent", "a third", "half". */
function shareWord(t: Tok | undefined): boolean {
  return t !== undefined && (t.s === "%" || t.l === "cent" || t.l === "percent" || denominator(t.l) !== undefined);
}

/** The label of a gapped share `r` ('adults own bank account'), or "" when it is none. */
export function gappedShare(toks: readonly Tok[], r: Raw): string {
  const before = toks[r.s - 1];
  if (before === undefined || !(before.s === "," || isWord(before, "and")) || toks[r.e]?.pos !== "DET") return "";
  const end = forwardNP(toks, r.e + 1);
  const head = toks[end - 1];
  // "and 3% a year" is a rate; "and 64% a bank account with …" runs on.
  if (end <= r.e + 1 || isWord(toks[end]) || PERIOD_NOUNS.has(head?.l ?? "") || RATE_PERIODS.has(head?.l ?? "")) return "";
  for (let j = r.s - 2; j > 0; j--) {
    if (!isWord(toks[j], "of") || !shareWord(toks[j - 1])) continue;
    const k = pastDeterminers(toks, j + 1);
    const { baseEnd, at } = baseVerb(toks, k, pastOwner(toks, k, forwardNP(toks, k)));
    const verb = at === undefined || at.kept >= 0 || at.be ? undefined : toks[at.j];
    // Only a verb that took an object of its own: the gap stands for that verb and a new object.
    if (verb === undefined || upDown(verb) !== undefined || toks[at!.j + 1]?.pos !== "DET") return "";
    return `${phrase(toks, baseEnd - 1, baseEnd)} ${verb.l} ${phrase(toks, r.e + 1, end)}`;
  }
  return "";
}
