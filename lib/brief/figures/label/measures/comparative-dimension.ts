import type { Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
import { backNP } from "#brief/figures/language/noun-phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "Rats will fit through a pipe if it is wider than 12.5 centimetres", "The fish was longer than 40 centimetres": a
// measure after a comparative of a dimension and "than" is a bound on that dimension of the thing compared, not a
// measure its unit alone names ('12.5 — centimetres'; card audit 43, sample AK's made-up shape). It is labelled by the
// thing and the dimension ('pipe width'), hedged as the comparative bounds it ("more than", "less than").

/** Comparatives of a dimension: the dimension, and which way the bound goes. */
const COMPARATIVES: ReadonlyMap<string, { dimension: string; hedge: string }> = new Map([
  ["wider", { dimension: "width", hedge: "more than" }], ["narrower", { dimension: "width", hedge: "less than" }],
  ["longer", { dimension: "length", hedge: "more than" }], ["shorter", { dimension: "length", hedge: "less than" }],
  ["taller", { dimension: "height", hedge: "more than" }], ["deeper", { dimension: "depth", hedge: "more than" }],
  ["shallower", { dimension: "depth", hedge: "less than" }], ["heavier", { dimension: "weight", hedge: "more than" }],
  ["lighter", { dimension: "weight", hedge: "less than" }], ["thicker", { dimension: "thickness", hedge: "more than" }],
  ["thinner", { dimension: "thickness", hedge: "less than" }],
  // "gaps in the floor which are bigger than 7.5 centimetres": a measure of size bounds the thing's size ('7.5 —
  // centimetres' said nothing of what; card audit 43, sample AK).
  ["bigger", { dimension: "size", hedge: "more than" }], ["larger", { dimension: "size", hedge: "more than" }],
  ["smaller", { dimension: "size", hedge: "less than" }],
]);

/** How far back from the comparative the thing compared may be named: "a pipe if it is wider". */
const REACH = 8;

/** Labels a measure named by its unit alone after "<comparative> than" by the thing and the dimension, hedged. */
export function comparativeDimension(toks: readonly Tok[], r: Raw): void {
  const unit = r.unit ?? r.glued;
  if (r.drop || unit === undefined || r.label.toLowerCase() !== unit.toLowerCase() || r.qualifier !== undefined) return;
  // "lasted longer than five years": a time is no length of a thing (cnndm-dev's two such spans took 'cost length').
  if (DURATIONS.has(unit.toLowerCase())) return;
  if (!isWord(toks[r.s - 1], "than")) return;
  const c = toks[r.s - 2];
  const comparative = isWord(c) ? COMPARATIVES.get(c.l) : undefined;
  if (comparative === undefined) return;
  // "no bigger than 50 grams": a size in a unit of weight is a weight.
  const weight = comparative.dimension === "size" && WEIGHTS.has(unit.toLowerCase());
  const dimension = weight ? "weight" : comparative.dimension;
  r.label = `${thingBefore(toks, r.s - 2)}${dimension}`;
  // "Probably no bigger than 30 to 50 grams": a denied comparative bounds the other way, at most.
  const denied = isWord(toks[r.s - 3], "no") || isWord(toks[r.s - 3], "not");
  r.qualifier = denied ? `no ${comparative.hedge}` : comparative.hedge;
}

/**
 * Units of weight, in which a thing "bigger" or "smaller" than an amount is heavier or lighter; one alone after a
 * height labels a weight (unit-dimension.ts).
 */
export const WEIGHTS = new Set([
  "grams", "gram", "g", "kilograms", "kilogram", "kg", "tonnes", "tonne", "tons", "ton",
  "pounds", "lb", "lbs", "ounces", "oz", "stone",
]);

/** Relative pronouns that open a clause about the noun before them: "gaps in the floor which are bigger". */
const RELATIVES = new Set(["which", "that", "who"]);

/**
 * "pipe " of "a pipe if it is wider": the nearest noun before the comparative, past pronouns, else ""; in the singular
 * ("ponds that are deeper" → pond depth). Past a relative pronoun, the noun phrase the clause is about, over what it is
 * "in", "of" or "on" ("gaps in the floor which are bigger" → gap size, not floor).
 */
function thingBefore(toks: readonly Tok[], c: number): string {
  for (let k = c - 1; k >= 0 && c - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t) || PRONOUNS.has(t.l)) continue;
    if (RELATIVES.has(t.l)) {
      const np = backNP(toks, k);
      const head = np === undefined ? undefined : toks[np[1] - 1];
      if (head?.pos === "NOUN") return `${singular(head.l)} `;
    }
    if (t.pos === "NOUN") return `${singular(t.l)} `;
  }
  return "";
}

/** A plural noun's singular, for a noun said before its dimension ("gaps" → gap size); "-ss", "-us" stay. */
function singular(w: string): string {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  return /[^su]s$/.test(w) ? w.slice(0, -1) : w;
}
