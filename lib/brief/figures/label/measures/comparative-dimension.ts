import type { Raw } from "#brief/figures/card/figure.ts";
import { DURATIONS, PRONOUNS } from "#brief/figures/language/lexicon.ts";
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
  r.label = `${thingBefore(toks, r.s - 2)}${comparative.dimension}`;
  r.qualifier = comparative.hedge;
}

/** "pipe " of "a pipe if it is wider": the nearest noun before the comparative, past pronouns, else "". */
function thingBefore(toks: readonly Tok[], c: number): string {
  for (let k = c - 1; k >= 0 && c - k <= REACH; k--) {
    const t = toks[k];
    if (!isWord(t) || PRONOUNS.has(t.l)) continue;
    if (t.pos === "NOUN") return `${t.l} `;
  }
  return "";
}
