import type { Raw } from "#brief/figures/card/figure.ts";
import { isPlural } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "pushed the unemployment rate to its lowest level in three years", "the heaviest rainfall in 100 years", "the biggest
// Net Boat Fair in 60 years": a superlative "in" a time is the most of that time, which is how long since one as high,
// low or big ('three — years since lower level', the article left out as the card's labels leave it); the label was
// the unit alone. British English says it with "for" as often: "the worst recession for 50 years", "their biggest
// derby win for six years".

/** Superlatives whose comparative is no "-er" of their stem. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([["best", "better"], ["worst", "worse"], ["most", "more"], ["least", "less"]]);

/** Tags of the words of a superlative's noun. */
const NOUN_TAGS = new Set(["NOUN", "PROPN", "VERB"]);

/** How many words the superlative's noun may hold: "Net Boat Fair". */
const NOUN_WORDS = 3;

/** Prepositions a superlative's time stands after: "its lowest level in three years", "the worst recession for 50 years". */
const SINCE = new Set(["in", "for"]);

/**
 * "years since lower level" for the duration `r` (unit `unit`) right after "in" or "for" and a superlative's noun; ""
 * for any other ("the first governor in five years to visit Cuba" is duration-position.ts').
 */
export function superlativeSince(toks: readonly Tok[], r: Raw, unit: string): string {
  const i = r.s - 1;
  if (!isWord(toks[i]) || !SINCE.has(toks[i]!.l)) return "";
  // Back over the noun to the superlative.
  let k = i - 1;
  // A word the tagger calls a verb there is the noun's head all the same ("their biggest derby win for six years").
  while (k >= 0 && i - k <= NOUN_WORDS && isWord(toks[k]) && NOUN_TAGS.has(toks[k]!.pos ?? "")) k--;
  const sup = toks[k];
  // "the biggest in 20 years": no noun, nothing to compare.
  if (k === i - 1 || !isWord(sup)) return "";
  const more = moreOf(sup.l);
  if (more === "") return "";
  const noun = toks.slice(k + 1, i).map((t) => (t.pos === "PROPN" ? t.s : t.l));
  // "America's biggest companies in five minutes": a plural's superlative picks some of many, no record of a time.
  if (isPlural(noun.at(-1)!)) return "";
  return `${unit} since ${more} ${noun.join(" ")}`;
}

/** The comparative of a superlative ("worst" → worse, "lowest" → lower); "" for a word that is none ("interest"). */
function moreOf(word: string): string {
  return IRREGULAR.get(word) ?? (/[^e]est$/.test(word) && word.length > 5 ? comparative(word) : "");
}

/** Whether a word is a superlative: "highest", "worst", "best" ("at its highest for five months" says since when). */
export const isSuperlative = (word: string): boolean => moreOf(word) !== "";

/** "lowest" → lower, "heaviest" → heavier, "biggest" → bigger: the stem before "est" takes "er". */
function comparative(sup: string): string {
  return `${sup.slice(0, -3)}er`;
}
