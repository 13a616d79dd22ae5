import { CARDINAL_WORDS } from "#news/numbers.ts";
import { ADVERBS, CASUALTY_WORDS, FOLD_PEOPLE, PREPOSITIONS } from "#brief/figures/language/lexicon.ts";
import { atSentenceStart, isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a show based on Red Kite and Blue Heron, the two most popular books in the series": "the two …" after a comma is an
// apposition naming the names just listed, as many as the count says; it counts nothing ('two — most popular books',
// card audit 52's made-up shape 3; the "the two NOUNs" family of J, K, N and AS). Only where the names before the
// comma number the count: "Smith and Jones, the three officers" is no restatement, nor "beat Chelsea, the two sides".
// Nor where it says what was done to them ("Smith and Jones, the two men charged"): the count charged is news.

/** Words that join the names of a list. */
const LIST_JOINS = new Set(["and", "or", "&"]);

/**
 * Where the name ending at k (inclusive) starts: back over its capitalised words; k + 1 when the token at k is no
 * name's. The first name of a list may run back further than this reads ("Lord of the Flies and Animal Farm" stops at
 * "the"): only the names after it are counted by their bounds.
 */
function nameStart(toks: readonly Tok[], k: number): number {
  let j = k + 1;
  for (;;) {
    while (j - 1 >= 0 && isWord(toks[j - 1]) && isCapitalised(toks[j - 1]!)) j--;
    // "Blue Heron: The Return", "Star Wars: A New Hope": a title's colon between capitalised words is inside the name
    // (read as two names, the list before "the two" was one short and the count stood: 'two — most popular books').
    if (j > k || toks[j - 1]?.s !== ":" || !isWord(toks[j - 2]) || !isCapitalised(toks[j - 2]!)) return j;
    j--;
  }
}

/** The names that end the words before a comma: how many, and where the first of them starts. */
interface Listed {
  names: number;
  first: number;
}

/** The names that end the words before `comma`, listed with "and" last ("A, B and C" → 3); 1 or 0 when no list. */
function namesListed(toks: readonly Tok[], comma: number): Listed {
  let k = comma - 1;
  let names = 0;
  for (;;) {
    const start = nameStart(toks, k);
    // A join with no name before it ("the show and Grey Lantern"): no list.
    if (start > k) return { names: 0, first: start };
    names++;
    const sep = toks[start - 1];
    // Read back from the last name: an "and" first, then commas ("A, B and C") or more "and"s.
    const and = isWord(sep) && LIST_JOINS.has(sep.l);
    if (!and && !(sep?.s === "," && names > 1)) return { names, first: start };
    k = start - 2;
  }
}

/**
 * Whether the name at `start` opens the sentence as a time or a place said of the clause, not as a name of the list
 * after it: "In Leeds, Smith and Jones, …", "On Monday, …" (its capital makes the preposition the name's first word),
 * "Meanwhile, …", "Yesterday, …" (an adverb, which the tagger may call a name).
 */
function frontedAdverbial(toks: readonly Tok[], start: number): boolean {
  const t = toks[start];
  if (t === undefined || !atSentenceStart(toks, start)) return false;
  return t.pos === "ADV" || ADVERBS.has(t.l) || PREPOSITIONS.has(t.l);
}

/** How many words past the count the apposition's deed may stand: "the two men later charged". */
const DEED_REACH = 4;

/**
 * Whether the apposition says what was done to those it counts: "Smith and Jones, the two men charged with murder",
 * "Ali, Khan and Patel, the three suspects arrested": how many were charged, arrested or killed is the story's count,
 * names or not.
 */
function deedAfter(toks: readonly Tok[], s: number): boolean {
  for (let k = s + 1; k <= s + DEED_REACH && isWord(toks[k]); k++) if (FOLD_PEOPLE.has(toks[k]!.l) || CASUALTY_WORDS.has(toks[k]!.l)) return true;
  return false;
}

/** Whether the count at `s` is "the N …" right after a comma that ends a list of exactly N names. */
export function namedPair(toks: readonly Tok[], s: number): boolean {
  const n = CARDINAL_WORDS.get(toks[s]?.l ?? "");
  if (n === undefined || n < 2 || !isWord(toks[s - 1], "the") || toks[s - 2]?.s !== ",") return false;
  const listed = namesListed(toks, s - 2);
  // "In Leeds, Smith and Jones, the two candidates": a place or a time that opens the sentence, set off by its comma,
  // reads back as the list's first name; the names after it are the ones restated.
  // ("In Paris, Rome and Berlin, the three capitals" numbers them all: either reading that makes the count is one.)
  const restated = listed.names === n || (listed.names === n + 1 && frontedAdverbial(toks, listed.first));
  return restated && !deedAfter(toks, s);
}
