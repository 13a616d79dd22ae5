import type { Raw } from "#brief/figures/figure.ts";
import { isPlural } from "#brief/figures/phrase.ts";
import { isWord, type Tok } from "#brief/figures/tokens.ts";

// "pushed the unemployment rate to its lowest level in three years", "the heaviest rainfall in 100 years", "the biggest
// Net Boat Fair in 60 years": a superlative "in" a time is the most of that time, which is how long since one as high,
// low or big ('three — years since lower level', the article left out as the card's labels leave it); the label was
// the unit alone.

/** Superlatives whose comparative is no "-er" of their stem. */
const IRREGULAR: ReadonlyMap<string, string> = new Map([["best", "better"], ["worst", "worse"], ["most", "more"], ["least", "less"]]);

/** How many words the superlative's noun may hold: "Net Boat Fair". */
const NOUN_WORDS = 3;

/**
 * "years since lower level" for the duration `r` (unit `unit`) right after "in" and a superlative's noun; "" for any
 * other ("the first governor in five years to visit Cuba" is duration-position.ts').
 */
export function superlativeSince(toks: readonly Tok[], r: Raw, unit: string): string {
  const i = r.s - 1;
  if (!isWord(toks[i], "in")) return "";
  // Back over the noun to the superlative.
  let k = i - 1;
  while (k >= 0 && i - k <= NOUN_WORDS && isWord(toks[k]) && (toks[k]!.pos === "NOUN" || toks[k]!.pos === "PROPN")) k--;
  const sup = toks[k];
  // "the biggest in 20 years": no noun, nothing to compare.
  if (k === i - 1 || !isWord(sup)) return "";
  const more = IRREGULAR.get(sup.l) ?? (/[^e]est$/.test(sup.l) && sup.l.length > 5 ? comparative(sup.l) : "");
  if (more === "") return "";
  const noun = toks.slice(k + 1, i).map((t) => (t.pos === "PROPN" ? t.s : t.l));
  // "America's biggest companies in five minutes": a plural's superlative picks some of many, no record of a time.
  if (isPlural(noun.at(-1)!)) return "";
  return `${unit} since ${more} ${noun.join(" ")}`;
}

/** "lowest" → lower, "heaviest" → heavier, "biggest" → bigger: the stem before "est" takes "er". */
function comparative(sup: string): string {
  return `${sup.slice(0, -3)}er`;
}
