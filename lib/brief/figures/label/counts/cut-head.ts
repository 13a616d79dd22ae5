import { QUOTE_MARKS } from "#brief/figures/language/lexicon.ts";
import { forwardNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// A count's noun phrase cut before its head leaves the label a describing word, which counts nothing (card audits
// 18 and 20, samples L and N: '15 — heroin-laced', 'three — straight-forward').
// The noun reading stops at a token that is no stop in the phrase itself: a quote around the head ('15 heroin-laced
// "joints"'), a plural head the tagger calls a verb after the adjective ('three straight-forward points were on
// offer'). A plural owner's apostrophe is left alone: "two leading supporters' groups" counts groups, "the two
// players' agents" players, and the words do not tell them apart.

/** How many words a quoted head may run to: 'two home-made "pipe bombs"'. */
const QUOTED_WORDS = 3;

/** How many capitalised words of a name may follow the cut before its head: "Serie A", "Ligue 1" is no word. */
const NAME_TAIL = 2;

/** Whether the token at k is a describing word a head must follow: an adjective, a hyphenated or an "-ed" modifier. */
function describes(t: Tok | undefined): boolean {
  return isWord(t) && (t.pos === "ADJ" || /\w-\w/.test(t.l) || t.l.endsWith("ed"));
}

/** Where the count's noun phrase e..end ends once its cut-off head is taken in; `end` itself when nothing was cut. */
export function pastCutHead(toks: readonly Tok[], e: number, end: number): number {
  if (end <= e) return end;
  const at = toks[end];
  const last = toks[end - 1];
  // '15 heroin-laced "joints"', 'two home-made "pipe bombs"': a quoted noun phrase (of a few words, a noun last) right
  // after the modifier, the quote opened apart from it (not an owner's apostrophe).
  if (at !== undefined && QUOTE_MARKS.has(at.s) && describes(last) && end - e === 1 && last!.end < at.start) {
    for (let k = end + 1; k <= end + QUOTED_WORDS && isWord(toks[k]); k++) {
      if (!QUOTE_MARKS.has(toks[k + 1]?.s ?? "")) continue;
      // "two cheap 'designer' bags": the quoted word only describes when the phrase runs on after the quote.
      const on = forwardNP(toks, k + 2);
      if (on > k + 2) return on;
      return toks[k]!.pos === "NOUN" ? k + 1 : end;
    }
  }
  // 'three straight-forward points were on offer': a plural right after the number's one adjective is its head,
  // whatever the tagger calls it (a number and an adjective want a noun); after a noun ("the two brothers owns") it
  // is the verb.
  if (isWord(at) && at.pos === "VERB" && /[^s]s$/.test(at.l) && last?.pos === "ADJ" && end - e === 1) return end + 1;
  return pastNamedHead(toks, e, end);
}

/**
 * "in seven successive Serie A matches", "in four consecutive Champions League matches": after the number's adjective
 * a competition's name of two or more words leaves its plural head to a verb's tag ("matches") or past a capital the
 * parse calls a determiner ("A"), and the label ended inside the name ('successive Serie', card-audit-50's made-up
 * shape 4). The name's capitalised words are passed over to the plural that follows them. Only an adjective and then
 * nothing but a name before the cut: "the two brothers owns" (after a noun) is the verb, as above.
 */
function pastNamedHead(toks: readonly Tok[], e: number, end: number): number {
  if (!describes(toks[e]) || toks[end - 1]?.pos !== "PROPN") return end;
  for (let k = e + 1; k < end; k++) if (toks[k]!.pos !== "PROPN" && !describes(toks[k])) return end;
  let k = end;
  while (isWord(toks[k]) && /^[A-Z]/.test(toks[k]!.s) && k < end + NAME_TAIL) k++;
  const head = toks[k];
  const plural = isWord(head) && /^[a-z]+[^s]s$/.test(head.s) && (head.pos === "VERB" || head.pos === "NOUN");
  return plural && (k > end || head.pos === "VERB") ? k + 1 : end;
}
