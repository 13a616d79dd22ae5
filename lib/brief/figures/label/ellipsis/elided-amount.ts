import type { Raw } from "#brief/figures/card/figure.ts";
import { GENERIC_PEOPLE, PEOPLE } from "#brief/figures/language/lexicon.ts";
import { phrase } from "#brief/figures/language/phrase.ts";
import { forwardNP, pastDeterminers } from "#brief/figures/language/noun-phrase.ts";
import { isCapitalised, isWord, type Tok, WORD } from "#brief/figures/language/tokens.ts";

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
 *   the statistic before it, for that group ("pay rises"), not a share of the group;
 * - "the average house price was £192,713 in England; £139,544 in Wales", "just under £9,000 -- but only £8,700 in
 *   England": an amount said only "in" a place is the amount before it, there ("average house price in Wales"); the
 *   nearest noun phrase took the place alone ("£139,544 — Wales", card audit 21's "almost 100 — Britain" shape).
 */
export function elidedLabel(toks: readonly Tok[], r: Raw, before: Raw | undefined): string {
  // (A fallback label is no amount's own, unless this file named it in a place: "£139,544 in Wales; £116,542 in Scotland".)
  if (before === undefined || before.label === "" || (before.fallback === true && !PLACE_SUFFIX.test(before.label))) return "";
  if (r.currency !== undefined && toks[r.s - 1]?.s === "(") {
    let k = r.e;
    while (k - r.e < PART_WORDS && toks[k]?.kind === WORD && toks[k]?.pos !== "VERB" && toks[k]?.pos !== "AUX" && toks[k]?.pos !== "SCONJ") k++;
    return k > r.e && toks[k]?.s === ")" ? `${before.label} ${phrase(toks, r.e, k)}` : "";
  }
  const place = placeAfter(toks, r.e);
  // The amount before may be one said in a place itself ("£139,544 in Wales; £116,542 in Scotland"): its place is left.
  // Nor is its owner this amount's ("the UK's jobless rate rose to 4.7% … compared with 12.1% in Germany").
  if (place !== "") {
    // Another place's amount beside the story's is a comparison: it ranks as it did when the place alone named it (a
    // fallback label), and as a breakdown's detail (carry-count.ts' elided counts), so a "12.1% in Germany" whose label now
    // shares the headline's words ("jobless rate") does not push the story's own figures off the card.
    r.fallback = true;
    r.factor *= PLACE_FACTOR;
    return `${before.label.replace(PLACE_SUFFIX, "").replace(OWNER_PREFIX, "")} in ${place}`;
  }
  if (!r.percent || !isWord(toks[r.e], "for")) return "";
  const k = pastDeterminers(toks, r.e + 1);
  const end = forwardNP(toks, k);
  const head = toks[end - 1]?.l ?? "";
  return end > k && (PEOPLE.has(head) || GENERIC_PEOPLE.has(head)) ? before.label : "";
}

/** The place an amount's label ends on when this file named it ("average house price in Wales"). */
const PLACE_SUFFIX = / in (?:\p{Lu}\S*)(?: \p{Lu}\S*)*$/u;

/** A name's possessive that opens a label ("UK's jobless rate"): the owner of the amount before, not of this one. */
const OWNER_PREFIX = /^\p{Lu}\S*['’]s /u;

/** How much an amount said only "in" another place ranks beside the amount before it. */
const PLACE_FACTOR = 0.5;

/** The longest name a place may have ("Northern Ireland", "New South Wales"). */
const PLACE_WORDS = 3;

/** "Wales" of "in Wales" at `e` when the name ends the amount's phrase (a comma, a semicolon, "and", the end); else "". */
function placeAfter(toks: readonly Tok[], e: number): string {
  if (!isWord(toks[e], "in")) return "";
  let k = e + 1;
  while (k - e <= PLACE_WORDS && toks[k] !== undefined && isCapitalised(toks[k]!)) k++;
  const next = toks[k];
  return k > e + 1 && (next === undefined || next.kind !== WORD || next.l === "and" || next.l === "but") ? phrase(toks, e + 1, k) : "";
}
