import { CARDINAL_WORDS } from "#news/numbers.ts";
import { adjacent, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "one of two 18-year-old men police arrested", "Police arrested two 18-year-old men", "Two 16-year-old boys were
// charged": an age said as a compound between a count and its noun describes the counted, as an adjective does, and the
// noun reader stopped at its digits (the count was left with no noun, or none at all: card audit R's miss 'one of two
// teenagers'). Past the age, the noun is the count's ("men arrested"); the age itself is read as an age (type.ts), no
// figure. A compound that is a figure itself ("two 10-year deals", "two 100-metre races") keeps its noun as before.

/** The word of an age compound after its digits: "year-old", "month-old", "week-old", "years-old". */
const AGE_WORD = /^(?:year|month|week|day)s?-old$/;

/**
 * The token after an age compound in digits ("18-year-old", "14-month-old") starting at `e`, or `e` when none starts
 * there (one in words, "six-year-old", is one token the noun phrase reads as an adjective already).
 */
export function pastAge(toks: readonly Tok[], e: number): number {
  const t = toks[e];
  // "two 18 or 19-year-old players", "two 16 to 18-year-old boys": a range of ages describes the counted as one does.
  if (t?.kind === NUM && (isWord(toks[e + 1], "or") || isWord(toks[e + 1], "to")) && pastAge(toks, e + 2) > e + 2) return pastAge(toks, e + 2);
  if (t?.kind !== NUM || toks[e + 1]?.s !== "-" || !adjacent(t, toks[e + 1]) || !isWord(toks[e + 2]) || !AGE_WORD.test(toks[e + 2]!.l)) return e;
  return e + 3;
}

// "helped 50,000 nine year olds swim further", "two 18 year old men": an age written without its hyphens is three
// words, and the count took the word after them, or none ('50,000 — year olds', card audit 57, sample AY's made-up
// shape 7; "two 18 year old men" had no figure). Before a noun it describes the counted as the compound does; as
// "year olds" it is the noun counted.

/** The unit of an age said in words apart: "year", "month" ("nine month old"). */
const AGE_UNIT = /^(?:year|month|week|day)s?$/;

/** Whether an age said apart starts at `e`, its last word `old` ("old" before a noun, "olds" as one). */
function ageApart(toks: readonly Tok[], e: number, old: string): boolean {
  const t = toks[e];
  const cardinal = t?.kind === NUM || CARDINAL_WORDS.has(t?.l ?? "");
  return cardinal && isWord(toks[e + 1]) && AGE_UNIT.test(toks[e + 1]!.l) && isWord(toks[e + 2], old);
}

/** The token after "18 year old" starting at `e` when a noun follows it (the counted), else `e`. */
export function pastAgeApart(toks: readonly Tok[], e: number): number {
  return ageApart(toks, e, "old") && toks[e + 3]?.pos === "NOUN" ? e + 3 : e;
}

/** The token after "nine year olds" starting at `e`, the age group counted, else `e`. */
export const ageGroupEnd = (toks: readonly Tok[], e: number): number => (ageApart(toks, e, "olds") ? e + 3 : e);
