import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// A season table set out one line a sentence, "Rovers 2008/09 - 188." under "The longest spells at the top … are
// listed below.": the number is a row's value in whatever the prose above measures (days, points, wins), and read
// alone it was a count labelled by the team's name ('188 — Rovers' as a count; card-audit-50's made-up shape 1, three
// type errors). Nothing in the line says what it counts, so it is no figure of its own; where the prose says the
// record ("held first place over 188 days"), the prose's figure is the card's. A line is a name of capitalised words
// from the sentence's start, a season ("2008/09") or a year, a dash and the number, then at most a marker ("*") and
// the full stop; a line with any other word ("Rovers 2008/09 - 188 days.") names its own unit and is read as before.

/** How many words a team's name may hold: "Harbour City", "Bay of Plenty". */
const NAME_WORDS = 4;

/** Digit tokens of a season's two parts: "2008" and "09". */
const DIGITS: Readonly<Record<2 | 4, RegExp>> = { 2: /^\d{2}$/, 4: /^\d{4}$/ };

/** Whether the token is a digit token of `n` digits. */
function digitsOf(t: Tok | undefined, n: 2 | 4): boolean {
  return t?.kind === NUM && DIGITS[n].test(t.s);
}

/** Where the season or year ending right before `k` starts ("2008/09", "2008"), or -1. */
function seasonStart(toks: readonly Tok[], k: number): number {
  if (digitsOf(toks[k - 1], 2) && toks[k - 2]?.s === "/" && digitsOf(toks[k - 3], 4)) return k - 3;
  return digitsOf(toks[k - 1], 4) ? k - 1 : -1;
}

/** Whether r is the value of a season table's line, "NAME SEASON - N." alone between stops. */
export function seasonLine(toks: readonly Tok[], r: Raw): boolean {
  if (r.s !== r.core || r.currency !== undefined || r.percent || r.unit !== undefined) return false;
  if (toks[r.core - 1]?.s !== "-") return false;
  const season = seasonStart(toks, r.core - 1);
  // The name: capitalised words back to the sentence's start or a stop ("151 *. Ashby 2004/05 - 140." holds two
  // lines when a marker kept the splitter from ending the first).
  let k = season;
  while (k > 0 && season - k < NAME_WORDS && isWord(toks[k - 1]) && /^[A-Z]/.test(toks[k - 1]!.s)) k--;
  if (season < 1 || k === season || (k > 0 && toks[k - 1]!.s !== ".")) return false;
  // After the number: a marker and the stop, nothing that names a unit.
  for (let j = r.e; j < toks.length && toks[j]!.s !== "."; j++) if (isWord(toks[j]) || toks[j]!.kind === NUM) return false;
  return true;
}
