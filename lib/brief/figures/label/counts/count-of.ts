import type { Count } from "#brief/figures/label/counts/label-count-noun.ts";
import { nounOf } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "The opening game attendance of over 60,000 seemed like a distant memory", "download sales of 312,000 compared with
// 282,000 singles": a bare count "of" a noun is that noun's size, and the past after it is the noun's verb, not what
// the count did; count-verb.ts' reading of a bare count by the "-ed" verb after it had said 'seemed like a distant',
// 'compared with' (sweep 41). The noun before "of" counts it, over a range's "between" ("a crowd of between 20,000
// and 30,000 cheered" → crowd). A count with a noun of its own, or "of" a word that only says how it is given ("a
// total of", "one of"), is left to the other readings.

/** Sets `c` to the noun a bare count at `start` is "of" when a past follows the count; true when it did. */
export function countOf(toks: readonly Tok[], c: Count, start: number): boolean {
  const v = toks[c.e];
  // "in front of hundreds of startled tourists": a past before a noun describes that noun, which the count counts.
  if (c.np !== "" || !isWord(v) || !v.l.endsWith("ed") || toks[c.e + 1]?.pos === "NOUN") return false;
  const noun = nounOf(toks, start);
  if (noun === "") return false;
  c.np = noun;
  c.head = noun.slice(noun.lastIndexOf(" ") + 1).toLowerCase();
  return true;
}
