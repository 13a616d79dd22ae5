// "90-odd points", "20-odd years", "thirty-odd people": "-odd" after an amount says a vague number a little above it,
// not a noun the amount counts (each was labelled 'odds', the "90-odd points" of cnndm-dev's cards so). Its floor is
// the amount, so "-odd" is the qualifier "more than", as "-plus" is (plus.ts), and the noun after it is what it counts.

/** What `oddCompound` reads of the amount being read (read.ts's Reading). */
interface OddReading {
  qualifier?: string;
}

/**
 * The compound left once a leading "odd" is taken as the qualifier "more than" (set on `r` unless the amount has one):
 * undefined for "odd" alone, "year" for "odd-year", the compound itself otherwise.
 */
export function oddCompound(r: OddReading, compound: string | undefined): string | undefined {
  if (compound !== "odd" && !compound?.startsWith("odd-")) return compound;
  r.qualifier ??= "more than";
  return compound === "odd" ? undefined : compound.slice("odd-".length);
}
