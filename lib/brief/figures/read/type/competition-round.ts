import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, PUNCT, type Tok } from "#brief/figures/language/tokens.ts";

// "none of our clubs have reached the last eight in the Europa League", "Dimitrov was through to the last eight.",
// "the first leg of the last eight clash": "the last eight" (four, 16, 32) names a round of a knockout, the
// quarter-finals, and counts nothing. Read as a count it took a span's unit or a noun: 'eight — years' (after "in three
// years"), 'eight — tie', 'eight — clash', 'eight — tame unforced errors' on cnndm-dev's --all readings (7 card
// candidates of 24 such rounds there). "seven of their last eight", "won the last eight" and "his last eight games"
// count matches, and stay counts.

/** How many are left in a knockout's rounds: the last 32, 16, eight, four. */
const ROUNDS = new Set([4, 8, 16, 32]);

/** Nouns a round names, not counts: "the last eight tie", "a last 16 clash". */
const ROUND_NOUNS = new Set(["tie", "ties", "clash", "clashes", "match", "stage", "stages", "round", "draw", "fixture", "showdown", "encounter", "place", "spot", "berth", "line-up"]);

/**
 * Words a round is reached or played in by: "reached the last eight", "through to the last eight", "in the last 16",
 * "further than the last eight". A verb of another kind wins or loses that many matches ("won the last eight"), and
 * "on pole at the last four" is at the last four races.
 */
const INTO = new Set(["reach", "reached", "reaches", "reaching", "make", "made", "makes", "making", "in", "into", "to", "towards", "than", "of"]);

/** Words a part is "of" a whole by: "each of the last four", "all of the last eight" count matches. */
const PARTS = new Set(["each", "all", "none", "both", "any", "most", "some"]);

/**
 * True, and the number dropped as no figure, when `r` is a knockout's round: "last" before it, after "the"
 * or a competition's name ("the Champions League last eight"), with nothing after it but the end of its phrase or a
 * round's noun ("last eight tie"), reached by a verb or a preposition of one ("reached", "through to", "in"). Not a
 * part of a whole ("seven of the last eight") nor another verb's object ("won the last eight"); "the last eight
 * games" counts games.
 */
export function competitionRound(toks: readonly Tok[], r: Raw): boolean {
  if (!ROUNDS.has(r.value) || !isWord(toks[r.s - 1], "last")) return false;
  const det = toks[r.s - 2];
  const named = isWord(det) && isCapitalised(det) && det.pos === "PROPN";
  if (!isWord(det, "the") && !isWord(det, "this") && !named) return false;
  const before = toks[r.s - 3];
  // "each of the last four", "won the last eight", "on pole at the last four": matches counted. ("seven of the last
  // eight" is read as one part of a whole before.)
  if (isWord(before, "of") && PARTS.has(toks[r.s - 4]?.l ?? "")) return false;
  if (!named && isWord(before) && !INTO.has(before.l) && before.pos !== "CCONJ") return false;
  const next = toks[r.e];
  const round = next === undefined || next.kind === PUNCT || (isWord(next) && (ROUND_NOUNS.has(next.l) || next.pos === "ADP" || next.pos === "SCONJ" || next.pos === "AUX" || next.l === "where"));
  if (round) {
    r.drop = true;
    r.type = "other";
  }
  return round;
}
