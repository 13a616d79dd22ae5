import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "£30m-plus", "25-plus goals", "a 12,000-plus-word essay": "-plus" glued after an amount says more than it. It is a
// qualifier, not the noun the amount counts ("30-plus players" was read as 30 "pluses", "£30m-plus bid" labelled
// "m-plus bid"); what follows it in the compound ("-word") is the compound's noun.

/** What `plusCompound` reads of the amount being read (read.ts's Reading). */
interface PlusReading {
  toks: readonly Tok[];
  /** Token after the compound. */
  j: number;
  currency?: string;
  percent: boolean;
  qualifier?: string;
}

/**
 * The compound left once a leading "plus" is taken as the qualifier "more than" (set on `r` unless the amount has one):
 * `undefined` for "plus" alone, "word" for "plus-word", the compound itself otherwise. A bare count with nothing after
 * it to count ("aged 16-plus", "four scores of 70-plus", "He has scored 25-plus") is a threshold, an age or a score,
 * not an amount of anything: it keeps its compound "plus", which label-count-noun.ts drops, so it stays off the card
 * (counted, it was labelled "pluses") and `--all` types it by the words around it ("aged 16-plus": an age).
 */
export function plusCompound(r: PlusReading, compound: string): string | undefined {
  if (compound !== "plus" && !compound.startsWith("plus-")) return compound;
  const next = r.toks[r.j];
  const counts = isWord(next) && (next.pos === "NOUN" || next.pos === "ADJ");
  if (compound === "plus" && r.currency === undefined && !r.percent && !counts) return compound;
  r.qualifier ??= "more than";
  return compound === "plus" ? undefined : compound.slice("plus-".length);
}
