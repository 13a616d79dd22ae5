import type { Raw } from "#brief/figures/card/figure.ts";
import { hasNumber, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// "Mensah, with 17 tries for Selby, needs one more to become the first Selby player since 1991 to reach 18 tries in a
// season", "Moreno, who has 31 goals, is one short of becoming the club's first striker since 1982 to hit 32 goals":
// the second number is the mark a record would be set at, not yet reached, and read alone it was a second tally of the
// same noun beside the first ('17 — tries', '18 — tries'; card-audit-53's made-up shape 1). The tally before it is
// the figure, so the mark is no candidate. Only "become/becoming the first … to VERB N NOUN" (a record still to be
// set) after a count of the same noun: "became the first … to take 50 wickets" and a mark with no tally before it
// stay.

/** How far before "to" the record's "become … first" is looked for: "becoming the club's first striker since 1982". */
const REACH = 12;

/** Whether the token is a count's number, digits or words ("17", "seventeen"). */
const numberTok = (t: Tok | undefined): boolean => t !== undefined && (t.kind === NUM || (isWord(t) && hasNumber(t.l)));

/** Whether the count r is a record's mark still to be reached, after a tally of the same noun in its sentence. */
export function firstMark(toks: readonly Tok[], r: Raw): boolean {
  if (r.currency !== undefined || r.percent || r.unit !== undefined || !isWord(toks[r.e])) return false;
  const noun = toks[r.e]!.l;
  // "to reach 18 tries": the infinitive's verb right before the number.
  if (!isWord(toks[r.s - 2], "to") || toks[r.s - 1]?.pos !== "VERB") return false;
  let first = -1;
  for (let k = r.s - 3; k >= 0 && r.s - k <= REACH && first < 0; k--) if (isWord(toks[k], "first")) first = k;
  if (first < 0) return false;
  const become = toks.slice(Math.max(0, first - 4), first).some((t) => isWord(t) && (t.l === "become" || t.l === "becoming"));
  if (!become) return false;
  // The tally of the same noun before the record: "with 17 tries", "has scored 31 goals".
  return toks.slice(0, first).some((t, k) => numberTok(t) && isWord(toks[k + 1], noun));
}
