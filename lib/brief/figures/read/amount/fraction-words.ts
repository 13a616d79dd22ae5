import { CARDINAL_WORDS, ORDINAL_WORDS, plainDigits } from "#news/numbers.ts";
import { NUM, type Tok } from "#brief/figures/language/tokens.ts";

// The words of a fraction said in words ("a third", "two fifths", "half"), shared by the share reader (share.ts)
// and the fraction of a unit (unit-part.ts).

/** The denominator a word names: "third(s)" 3, "quarter(s)" 4, "half"/"halves" 2, "fifth" 5; else undefined. */
export function denominator(word: string): number | undefined {
  if (word === "half" || word === "halves") return 2;
  if (word === "quarter" || word === "quarters") return 4;
  const d = ORDINAL_WORDS.get(word.endsWith("s") ? word.slice(0, -1) : word);
  return d !== undefined && d >= 3 && d <= 10 ? d : undefined;
}

/** The numerator a token says: digits, "a" or "one" (1), a cardinal word; else undefined. */
export function numerator(t: Tok | undefined): number | undefined {
  if (t === undefined) return undefined;
  if (t.kind === NUM) {
    const d = plainDigits(t.s);
    return d === undefined ? undefined : Number(d);
  }
  if (t.l === "a" || t.l === "one") return 1;
  return CARDINAL_WORDS.get(t.l);
}
