import type { Raw } from "#brief/figures/card/figure.ts";
import { PERIOD_NOUNS } from "#brief/figures/language/lexicon.ts";
import { isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "Although five wardens were charged with neglect after a similar death in 2009, they were later cleared": a count
// said of an earlier case of the story's kind ("a similar death", "a previous attack") is that case's, and labelled
// 'wardens charged' it read as this story's guards charged (card audit 56, sample AX's made-up shape 7). Labelled
// with the case it belongs to: "in 2009 case" when a year names it, else "in earlier case".

/** Words that make a case another of the story's kind: "a similar death", "an earlier attack". */
const EARLIER = new Set(["similar", "earlier", "previous", "prior", "separate", "former"]);

/** Prepositions that tie a count to a case: "charged after a similar death", "jailed over a previous attack". */
const TIES = new Set(["after", "over", "in", "following", "for"]);

/** How far past the count the case may be said ("were charged with neglect after a similar death"). */
const CASE_REACH = 8;

/** A four-digit year token: "2009". */
const year = (t: Tok | undefined): boolean => t?.kind === NUM && /^(?:19|20)\d\d$/.test(t.s);

/** Labels a count said of an earlier case by that case: "wardens charged in 2009 case". */
export function earlierCase(toks: readonly Tok[], r: Raw): void {
  if (r.currency !== undefined || r.percent || r.unit !== undefined || r.label === "") return;
  for (let k = r.e; k < r.e + CASE_REACH; k++) {
    const t = toks[k];
    if (t === undefined || (t.kind === PUNCT && t.s !== "-")) return;
    if (!isWord(t) || !TIES.has(t.l) || !isWord(toks[k + 1]) || !/^(?:a|an|the)$/.test(toks[k + 1]!.l)) continue;
    // "more than in the previous quarter": a period before is a time compared, no case.
    if (!isWord(toks[k + 2]) || !EARLIER.has(toks[k + 2]!.l) || !isWord(toks[k + 3]) || PERIOD_NOUNS.has(toks[k + 3]!.l)) return;
    // "after a similar death in 2009": the year names the case.
    const when = isWord(toks[k + 4], "in") && year(toks[k + 5]) ? `${toks[k + 5]!.s} case` : "earlier case";
    r.label = `${r.label} in ${when}`;
    return;
  }
}
