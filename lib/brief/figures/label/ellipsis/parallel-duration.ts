import type { Raw } from "#brief/figures/card/figure.ts";
import { isCapitalised, isWord, type Tok } from "#brief/figures/language/tokens.ts";
import { OWNED_TERM } from "#brief/figures/label/counts/role-owner.ts";

// "jailed two of the women for ten days and a third for 15 days": the second of two parallel times "for" is what the
// first is, its verb elided ('15 — days in prison', as '10 — days in prison', in its own unit); the label was the unit alone, since the
// second's clause, cut at "and", names nothing. Only a short phrase without a verb may stand between them: "and
// Chester for three weeks", "and a third for 15 days"; "and was out for six weeks" has a verb of its own.

/** How many words the elided clause's own part may hold between "and" and "for": "a third", "his brother Sam". */
const PART_WORDS = 4;

/** Tags a subject or object starts with: "a third", "his brother Sam", "Chester". */
const PART_TAGS = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM"]);

/**
 * The label of the duration `r`, whose label is its unit alone, taken from the duration `prev` before it when both
 * follow "for" and only "and" (or a comma) and a short verbless phrase part them; "" otherwise.
 */
export function parallelDuration(toks: readonly Tok[], prev: Raw | undefined, r: Raw): string {
  if (prev === undefined || r.type !== "duration" || prev.type !== "duration" || r.unit === undefined || prev.unit === undefined) return "";
  // "Smith was jailed for 12 years and Jones for eight": a first term named by its person (role-owner.ts) is a prison term too.
  const owned = prev.label.endsWith(OWNED_TERM);
  if (r.label !== r.unit || (!owned && !prev.label.startsWith(`${prev.unit} `)) || r.compound !== undefined) return "";
  if (!isWord(toks[r.s - 1], "for") || !isWord(toks[prev.s - 1], "for")) return "";
  const join = toks[prev.e + 1];
  if (join === undefined || (join.l !== "and" && join.s !== ",")) return "";
  const part = toks.slice(prev.e + 2, r.s - 1);
  // "at the bank for ten years and at the school for five years": a part that opens with a preposition is another
  // place or time, whose label the first's words would misname; only another subject or object elides the verb.
  if (part.length === 0 || part.length > PART_WORDS || !PART_TAGS.has(part[0]!.pos ?? "")) return "";
  // "for six years and his brother for four months": the first's words after its own unit ("months in prison").
  if (!part.every((t) => isWord(t) && t.pos !== "VERB" && t.pos !== "AUX" && t.l !== "and")) return "";
  if (!owned) return `${r.unit}${prev.label.slice(prev.unit.length)}`;
  // The second's own person when its part ends on a name ("and Jones"), else its unit in prison ("and a third").
  const last = part[part.length - 1]!;
  return last.pos === "PROPN" && isCapitalised(last) ? `${last.s}${OWNED_TERM}` : `${r.unit} in prison`;
}
