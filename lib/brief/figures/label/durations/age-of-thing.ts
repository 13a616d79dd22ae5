import type { Raw } from "#brief/figures/card/figure.ts";
import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { BE_FORMS, DURATIONS } from "#brief/figures/language/lexicon.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { words } from "#brief/figures/label/durations/duration-words.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The skull, roughly 2.5 million years old, was dug up near a river" printed '— years old' on a blind sample's card
// (BC shape 14): a thing's age too great to read as a person's is a duration, and "years old" says nothing of whose
// age it is. The thing is the noun phrase the age is said of: the one its aside follows, or its copula's subject.

/** How many words of the thing an age's label keeps: "years (age of the skull)" fits the card. */
const THING_WORDS = 3;

/** Tags of a thing's head: "the skull", "the Parthenon" (a pronoun names nothing). */
const THING_TAGS = new Set(["NOUN", "PROPN"]);

/** Tags before a noun phrase that make it part of a longer one: "the legend of St George and the dragon". */
const INSIDE = new Set(["ADP", "CCONJ"]);

/**
 * Whether the noun phrase starting at `s` stands inside a longer one, after a preposition or a conjunction (over its
 * articles): "The medieval legend of St George and the dragon is over a thousand years old" is the legend's age, not
 * the dragon's, and the head is out of reach.
 */
function insidePhrase(toks: readonly Tok[], s: number): boolean {
  let b = s - 1;
  while (b >= 0 && toks[b]?.pos === "DET") b--;
  return INSIDE.has(toks[b]?.pos ?? "");
}

/**
 * "The skull, roughly 2.5 million years old," → years (age of skull), "The temple is 3,000 years old" → years (age of
 * temple), "the bridge, which is 800 years old," → years (age of bridge): the age of the thing a duration "N UNIT old"
 * is said of, after a comma or a copula (over a relative pronoun's ", which is"); "" when no noun is there ("It is 500
 * years old": a pronoun names nothing; a person's age is no duration, read elsewhere).
 */
export function ageOfThing(toks: readonly Tok[], r: Raw, c: Count): string {
  const [unit, old, ...rest] = c.np.split(" ");
  if (old !== "old" || rest.length > 0 || unit === undefined || !DURATIONS.has(unit)) return "";
  let k = r.s;
  if (isWord(toks[k - 1]) && BE_FORMS.has(toks[k - 1]!.l)) {
    k -= 1;
    if (isWord(toks[k - 1], "which") || isWord(toks[k - 1], "that")) k -= toks[k - 2]?.s === "," ? 2 : 1;
  } else if (toks[k - 1]?.s === ",") k -= 1;
  else return "";
  const np = backNP(toks, k, false);
  if (np === undefined || !THING_TAGS.has(toks[np[1] - 1]?.pos ?? "") || insidePhrase(toks, np[0])) return "";
  const thing = words(toks, np[0], np[1], THING_WORDS);
  return thing === "" ? "" : `${unit} (age of ${thing})`;
}
