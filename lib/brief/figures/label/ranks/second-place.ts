import { wholeFigure } from "#brief/figures/card/figure.ts";
import { PLACES, rankPlace } from "#brief/figures/label/ranks/rank-place.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Rosberg clinched second place", "The TV took second place (67%)": the general reader sets "second" aside as a word of
// order ("the second half", "a second chance"), so a runner-up's place was no figure while "third place" was one
// (rank-place.ts). "Second" before "place", "position" or "spot" is a rank when the sentence names what holds it or the
// ranking it is in, as rank-place.ts reads "third place"; "second place" alone ("settle for second place") names
// neither, and stays no figure, as came-place.ts leaves "came second" said of no one; nor does a second place fought
// "for", which no one holds.

/** The label of "second place" from `i` to `e` (the ordinal's end) when the sentence names its holder or ranking, else undefined. */
export function secondPlace(toks: readonly Tok[], i: number, e: number, value: number): string | undefined {
  const unit = toks[e];
  // "battling with Arsenal for second place in the Premier League": a place fought for is held by no one yet.
  if (value !== 2 || !isWord(unit) || !PLACES.has(unit.l) || isWord(toks[i - 1], "for")) return undefined;
  const raw = wholeFigure(toks, i, e, { value, label: unit.l, kind: "rank", type: "rank", ordinal: true, whole: true });
  rankPlace(toks, raw);
  return raw.label === unit.l ? undefined : raw.label;
}
