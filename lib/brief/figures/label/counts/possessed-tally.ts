// "Rovers have won 12 matches this season and their total is 47": an amount whose subject is an owner's pronoun and a
// tally ("their total", "his tally") is that tally. With no words of its own it inherited the count before it ('47 —
// matches', sweep 38's bare amounts), which said 47 matches were won. "the club's tally was 31" names its owner and
// reads 'club's tally' already; "the total of …" is tally-subject.ts's.
import type { Raw } from "#brief/figures/card/figure.ts";
import { ADVERBS, BE_FORMS, POSSESSIVES } from "#brief/figures/language/lexicon.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

/** Nouns of a running tally a pronoun may own. */
const TALLY_HEADS = new Set(["total", "tally", "haul"]);

/** Labels an unlabelled count "<tally>" when "their total is", "his tally now stands at"… stands right before it. */
export function possessedTally(toks: readonly Tok[], r: Raw): void {
  if (r.label !== "" || r.currency !== undefined || r.percent || r.ordinal) return;
  let k = r.s - 1;
  // Over an adverb or two: "their total is now 47".
  while (r.s - k <= 2 && isWord(toks[k]) && (ADVERBS.has(toks[k]!.l) || toks[k]!.pos === "ADV")) k--;
  if (!isWord(toks[k]) || !BE_FORMS.has(toks[k]!.l)) return;
  const head = toks[k - 1];
  if (isWord(head) && TALLY_HEADS.has(head.l) && POSSESSIVES.has(toks[k - 2]?.l ?? "")) r.label = head.l;
}
