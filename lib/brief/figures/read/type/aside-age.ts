import { CARDINAL_WORDS } from "#news/numbers.ts";
import { PERSON_NOUNS } from "#brief/figures/language/lexicon.ts";
import { atSentenceStart, isCapitalised, isWord, NUM, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "daughters Kacie, six, and Willow, four", "his brother Wayne, then 33,", "her son Nicholas, now two.", "she shared
// one man with her sister, 20.": a bare number closing an aside after a person, its name or a word for one, is the
// person's age. type.ts reads digits after a name so ("Smith, 25, said"); a number word, an aside opened by "then",
// and digits after a word for a person closing the sentence were counts, and after an earlier count they took its
// noun: 'seven — children' for "three children, Jessica, now seven," and '20 — children' for "her sister, 20." on
// cnndm-dev's --all readings (88 such numbers there and on dev-bbc, 42 of them words, 17 card candidates; all ages
// but "of their six players in the Caribbean, four -- Adam Lyth", which the place's "the" leaves a count).

/** Words that open an age's aside: "Wayne, then 33", "Nicholas, now two". */
const OPENERS = new Set(["then", "now"]);

/**
 * Whether the number whose display starts at `s` and ends before `end` is an age closing an aside: after a comma
 * ("Isla, eight.") or a comma and "then"/"now" ("Wayne, then 33,") that follow a person's name (capitalised, not
 * the sentence's first word: "Now, three of them") or a word for a person ("his son, four,"; "a mother of three,
 * 41,"), with nothing after it but the aside's end. "four, five, six" is a list, "well, three." no aside of a person.
 */
export function asideAge(toks: readonly Tok[], s: number, end: number): boolean {
  const next = toks[end];
  if (next !== undefined && (next.kind !== PUNCT || next.s === "%")) return false;
  const comma = OPENERS.has(toks[s - 1]?.l ?? "") ? s - 2 : s - 1;
  if (toks[comma]?.s !== ",") return false;
  const who = comma - 1;
  return person(toks, who) || parentOf(toks, who);
}

/**
 * A person's name or a word for one at `k`. A name after "the" is a place's or a body's: "of their six players in the
 * Caribbean, four -- Adam Lyth, …" counts players.
 */
function person(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t)) return false;
  if (PERSON_NOUNS.has(t.l)) return true;
  if (!isCapitalised(t) || atSentenceStart(toks, k)) return false;
  let first = k;
  while (isWord(toks[first - 1]) && isCapitalised(toks[first - 1] as Tok) && !atSentenceStart(toks, first - 1)) first--;
  return !isWord(toks[first - 1], "the");
}

/** "a mother of three, 41,": a person counted by children, the number at `k` ending the phrase. */
function parentOf(toks: readonly Tok[], k: number): boolean {
  const n = toks[k];
  if (n === undefined || !(n.kind === NUM || CARDINAL_WORDS.has(n.l))) return false;
  return isWord(toks[k - 1], "of") && PERSON_NOUNS.has(toks[k - 2]?.l ?? "");
}
