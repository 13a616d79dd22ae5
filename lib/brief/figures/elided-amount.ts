import type { Raw } from "#brief/figures/figure.ts";
import { GENERIC_PEOPLE, PEOPLE } from "#brief/figures/lexicon.ts";
import { forwardNP, pastDeterminers, phrase } from "#brief/figures/phrase.ts";
import { isWord, type Tok, WORD } from "#brief/figures/tokens.ts";

// An amount with no words of its own that says which part or which group of the amount before it it is: left to the
// nearest noun phrase, it took the payee or the group ("£15m — Southampton", "3.8 per cent — people"), which is not
// what the amount measures.

/** The most words after a bracketed amount that say which part of the amount before it it is ("up front"). */
const PART_WORDS = 3;

/**
 * The label an amount with no words of its own takes from `before`, the labelled amount of its kind said before it in
 * the sentence; "" when it takes none:
 * - "the £28m fee United paid Southampton (£15m up front)": a bracket opened on the amount is a part of the amount
 *   before, named by the words after it in the bracket ("fee up front"); a bracket with none ("(£15m)"), or with a
 *   clause or a list in it ("(£2.9 m when adjusted for inflation)", "(£56, Debenhams)"), is left as it was;
 * - "10.6 per cent pay rises, falling to 3.8 per cent for people aged 25 to 34": a percent for a group of people is
 *   the statistic before it, for that group ("pay rises"), not a share of the group.
 */
export function elidedLabel(toks: readonly Tok[], r: Raw, before: Raw | undefined): string {
  if (before === undefined || before.fallback === true || before.label === "") return "";
  if (r.currency !== undefined && toks[r.s - 1]?.s === "(") {
    let k = r.e;
    while (k - r.e < PART_WORDS && toks[k]?.kind === WORD && toks[k]?.pos !== "VERB" && toks[k]?.pos !== "AUX" && toks[k]?.pos !== "SCONJ") k++;
    return k > r.e && toks[k]?.s === ")" ? `${before.label} ${phrase(toks, r.e, k)}` : "";
  }
  if (!r.percent || !isWord(toks[r.e], "for")) return "";
  const k = pastDeterminers(toks, r.e + 1);
  const end = forwardNP(toks, k);
  const head = toks[end - 1]?.l ?? "";
  return end > k && (PEOPLE.has(head) || GENERIC_PEOPLE.has(head)) ? before.label : "";
}
