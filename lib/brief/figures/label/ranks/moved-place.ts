import { placeTaken } from "#brief/figures/label/ranks/came-place.ts";
import { MOVED, PARTICLES, STANDING } from "#brief/figures/label/ranks/rank-place.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "the club moved to fourth", "Tigres Monterrey moved up to fourth in the Clausura", "Roddick slipped to second",
// "Arsenal are third": a bare ordinal after a verb of moving "to" or of standing is the place its subject holds, as
// "Princess Diana came second" is (came-place.ts), and as "moved to fourth place" is (rank-place.ts); without the word
// "place" no reading took it, and it was listed as 'position', no candidate. Labelled as came-place.ts labels: by the
// ranking it is in, else by the subject; a pronoun or a noun after it ("was third time lucky") gives none.

/** The label of the bare ordinal from `i` to `e` after a verb of moving or standing, or undefined. */
export function movedPlace(toks: readonly Tok[], i: number, e: number): string | undefined {
  let v = i - 1;
  // "are now third", "are currently 10th": over one adverb. Its tag is asked only when a verb of standing is at either
  // place (the adverb moves only that test): most ordinals have none, and the ask tags their whole sentence.
  const standing = STANDING.has(toks[v]?.l ?? "") || STANDING.has(toks[v - 1]?.l ?? "");
  if (standing && isWord(toks[v]) && toks[v]!.pos === "ADV" && !isWord(toks[v], "to")) v--;
  // "What Klopp has done is second to none": an idiom of praise, no place.
  if (isWord(toks[e], "to") && isWord(toks[e + 1], "none")) return undefined;
  if (STANDING.has(toks[v]?.l ?? "")) return placeTaken(toks, v, e);
  if (!isWord(toks[i - 1], "to") && !isWord(toks[i - 1], "into")) return undefined;
  // "moved up to fourth": over the verb's particle.
  v = PARTICLES.has(toks[i - 2]?.l ?? "") && isWord(toks[i - 1], "to") ? i - 3 : i - 2;
  return MOVED.has(toks[v]?.l ?? "") ? placeTaken(toks, v, e) : undefined;
}
