import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, GLUED_UNITS, PREPOSITIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { atSentenceStart, isCapitalised, pluralOwnerApostrophe, type Tok, WORD } from "#brief/figures/language/tokens.ts";
import { modelPart } from "#brief/figures/language/model-number.ts";

// The words of a label: a phrase's text as the sentence writes it, and nouns in the plural.

/**
 * "Joe Root's 182": a sentence's first word before another capitalised word is the first of a name, whose capital it
 * keeps ("joe Root's" was a label, card-audit-20.md), unless it is a word of the closed classes ("The BBC", "In London").
 */
function nameRun(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  const l = toks[k]!.l;
  return next !== undefined && isCapitalised(next) && !DETERMINERS.has(l) && !PREPOSITIONS.has(l) && !PRONOUNS.has(l) && !CONJUNCTIONS.has(l) && !AUXILIARIES.has(l);
}

function word(toks: readonly Tok[], k: number): string {
  const t = toks[k];
  if (t === undefined) return "";
  // Capitals inside a sentence mark proper nouns and acronyms; the sentence's first word is lowercased.
  if (isCapitalised(t) && (!atSentenceStart(toks, k) || (t.s.length > 1 && t.s === t.s.toUpperCase()) || nameRun(toks, k))) return t.s;
  return t.l;
}

export function phrase(toks: readonly Tok[], from: number, to: number): string {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = toks[k];
    // "the growers' total sales": a plural owner's apostrophe, a token of its own, stays on its word inside a phrase.
    if (t !== undefined && pluralOwnerApostrophe(toks, k) && k > from && k + 1 < to && out.length > 0) out[out.length - 1] += t.s;
    // "Makita XR480 saw": a model number's digits and hyphen stay glued to the name word they were written on
    // (model-number.ts), where other numbers are left out of a label.
    if (t !== undefined && k > from && out.length > 0 && modelPart(toks, k)) {
      out[out.length - 1] += t.s;
      continue;
    }
    if (t === undefined || t.kind !== WORD) continue;
    out.push(word(toks, k));
  }
  return out.join(" ");
}

export function plural(w: string): string {
  // "four-and-a-half-days", "23-hours": a unit already in the plural stays as it is ("days", not "dayses").
  // "six-pointers", "eight-times", "two-pieces": a noun already in the plural stays so ("bus", "class" do not end a plural).
  if (/[^su]s$/.test(w) && !w.endsWith("is")) return w;
  if (w === "person") return "people";
  if (w === "foot" || w === "feet") return "feet";
  // "ft", "km", "mph": an abbreviated unit has no plural.
  if (GLUED_UNITS.has(w)) return w;
  // "17 stone": a weight in stones is said in the singular.
  if (w === "stone") return w;
  if (w.endsWith("man")) return `${w.slice(0, -3)}men`;
  if (w === "child") return "children";
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
  return `${w}s`;
}

/**
 * Plurals with no "s": "yachtsmen", "firemen", "women", "children", "teeth" ("specimen", "abdomen", "Yemen", "semen"
 * are singular: a "-men" plural is a noun ending in a consonant, or in "e" after three letters, "fire", "police", "line").
 */
const IRREGULAR_PLURAL = /^(?:.+[^aeiouy]men|.{3,}emen|women|(?:grand)?children|teeth|geese|mice|oxen|feet|people|alumni|bacteria)$/;

/** A noun in the plural, said with an "s" or without one ("15 yachtsmen" counts as "15 sailors" does). */
export function isPlural(w: string): boolean {
  return w.endsWith("s") || IRREGULAR_PLURAL.test(w);
}
