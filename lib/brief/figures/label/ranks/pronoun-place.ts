import type { Raw } from "#brief/figures/card/figure.ts";
import { OPENING_PRONOUNS } from "#brief/figures/label/ranks/came-place.ts";
import { mainSubject } from "#brief/figures/label/change/peak-of.ts";
import { tagTokens } from "#brief/figures/language/pos.ts";
import { PLACES } from "#brief/figures/label/ranks/rank-place.ts";
import { isCapitalised, isWord, tokenize } from "#brief/figures/language/tokens.ts";

// "Arsenal won 2-0 at home. They are third.", "They climbed to fifth place": a place whose holder is a pronoun opening its
// sentence was labelled by its place word alone ('fifth — place'), or, bare, was no figure. The pronoun stands for the
// sentence before's subject when that is a name ("Arsenal"); then the place is that name's. Else a place said with its
// word ("fifth place") keeps it alone, and a bare one ("They are third") stays out, as came-place.ts leaves "came second"
// said of no one. Only a name: "The defeat hurt Spurs. They are seventh." — the defeat holds no place.

/** A place said with its word ("fifth place", "sixth spot"); a bare one ("They are third") is labelled "place" (came-place.ts). */
const WORDED = /^\s+(?:place|position|spot)\b/;

/** The sentence opens on a pronoun and up to three lowercase words of its verb before the place: "They are now ", "He climbed to ". */
const OPENING = /^\W*(\p{L}+)\s+(?:\p{Ll}+\s+){1,3}$/u;

/**
 * The label of a place `r` in `text` held by a pronoun opening it, named by the subject of `previous`: the new label,
 * "" when the place is to be left out, undefined when `r` is no such place.
 */
export function pronounPlace(text: string, r: Raw, previous: string | undefined): string | undefined {
  if (r.kind !== "rank" || !PLACES.has(r.label)) return undefined;
  const pronoun = OPENING.exec(text.slice(0, r.from))?.[1]?.toLowerCase();
  if (!OPENING_PRONOUNS.has(pronoun ?? "")) return undefined;
  const name = previous === undefined ? undefined : subjectName(previous);
  if (name !== undefined) return `${r.label} of ${name}`;
  return WORDED.test(text.slice(r.to)) ? undefined : "";
}

/** The subject of a sentence when it is a name, every word capitalised ("Arsenal", "Sebastian Vettel"), else undefined. */
function subjectName(sentence: string): string | undefined {
  const toks = tokenize(sentence);
  tagTokens(sentence, toks);
  const span = mainSubject(toks, toks.length);
  if (span === undefined) return undefined;
  const words = toks.slice(span[0], span[1]);
  // (A sentence's first word is capitalised, and tagged a name, whatever it is: "Fans were angry" passes as a name.)
  const name = words.length > 0 && words.every((t) => isWord(t) && isCapitalised(t));
  return name ? words.map((t) => t.s).join(" ") : undefined;
}
