import { denominator } from "#brief/figures/read/amount/fraction-words.ts";
import { CARDINAL_WORDS } from "#news/numbers.ts";

// "three-and-a-half", "three-and-one-quarter", "seven-and-three-quarters", "two-and-half": the fraction a hyphened
// number word carries after its "and" is part of the number. Only the half was read, so "a fine
// three-and-one-quarter pound salmon" read 3 and "two-and-a-quarter miles" was no figure at all (sample BD).

/** The fraction's numerator as a word: "a", "an", "one" are one; "two", "three" … as said. */
function numeratorWord(word: string | undefined): number | undefined {
  if (word === "a" || word === "an") return 1;
  return word === undefined ? undefined : CARDINAL_WORDS.get(word);
}

/**
 * The fraction of a number word's compound that opens with "and" ("and-one-quarter", "and-a-half-year") and the rest of
 * the compound after it ("year"; undefined when none), or undefined when the compound holds no proper fraction
 * ("and-five-quarters", "and-a-bit", "and-a-half-brother" is read as a half and the compound "brother" as before).
 */
export function andFraction(compound: string): { fraction: number; rest: string | undefined } | undefined {
  const parts = compound.split("-");
  if (parts[0] !== "and") return undefined;
  // "two-and-half": a half needs no numerator.
  if (parts[1] === "half") return { fraction: 0.5, rest: parts.length > 2 ? parts.slice(2).join("-") : undefined };
  const top = numeratorWord(parts[1]);
  const bottom = parts[2] === undefined ? undefined : denominator(parts[2]);
  if (top === undefined || bottom === undefined || top >= bottom) return undefined;
  return { fraction: Math.round((top / bottom) * 1000) / 1000, rest: parts.length > 3 ? parts.slice(3).join("-") : undefined };
}
