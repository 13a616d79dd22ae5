import type { Raw } from "#brief/figures/figure.ts";
import { isWord, type Tok, WORD } from "#brief/figures/tokens.ts";

// A measure labelled by its unit alone names nothing: 'race over 90 metres' → '90 — metres', 'from eight yards' →
// 'eight — yards', 'to close at 11,488.76 points' → '11,488.76 — points' (card-audit-14.md, sample H). When no reading
// found what it measures, a length says its dimension, a distance (as 'about 80 miles off the coast' already did), and
// an index's points where a market closed say the close, of the index the sentence names.

/** Units of length: what a length with no noun measures is a distance. */
const LENGTHS = new Set(["miles", "mile", "kilometres", "kilometers", "km", "metres", "meters", "metre", "meter", "m", "yards", "yard", "yds"]);

/** Units of area: "500 sq ft", "2,000 square feet", "40 acres". */
const AREAS = /^(?:sq|square) |^(?:acres?|hectares?)$/i;

/** Verbs of growing: a length grown to is a size. */
const GROW = /^(?:grow|grows|grew|grown|growing)$/;

/** Verbs of a market's close: "closed at", "to close at", "ended at", "finished at". */
const CLOSES = /^(?:close|closes|closed|closing|end|ends|ended|ending|finish|finishes|finished|finishing|settle|settles|settled|settling)$/;

/** Stock indices a close may be of, in the spelling the sentence uses. */
const INDICES = /^(?:Nikkei|FTSE|Dow|Nasdaq|Dax|DAX|Cac|CAC|Hang|Kospi|KOSPI|Sensex|ASX|Topix|TOPIX|S&P)$/;

/** Words after a length that say which dimension it is: "1 metre tall", "960 miles wide", "50 metres above". */
const SIDES: ReadonlyMap<string, string> = new Map([
  ["tall", "height"], ["high", "height"], ["above", "height"], ["wide", "width"], ["across", "width"], ["deep", "depth"], ["long", "length"], ["diameter", "diameter"],
]);

/** The dimension a length's next words name ("3.2 ft (1 metre) tall" → height), over its unit and a bracketed conversion. */
function side(toks: readonly Tok[], e: number): string {
  for (let k = e; k < e + 5; k++) {
    const t = toks[k];
    if (t === undefined) return "";
    const l = t.l.replace(/^in$/, "");
    const named = SIDES.get(l);
    if (named !== undefined) return named;
    // Over the unit, a bracket and the conversion's number and unit; "in" before "diameter".
    if (!(LENGTHS.has(l) || t.kind !== WORD || l === "" || l === "ft" || l === "feet")) return "";
  }
  return "";
}

const bare = (w: string): string => w.toLowerCase().replace(/s$/, "");

/**
 * Relabels a measure whose label is its unit alone: a length by "distance", an area by "area", an index's points at a
 * close by the close ("measures 500 square feet" says an area, as "500 sq ft" does: label-count.ts's dimensionOf).
 */
export function unitDimension(toks: readonly Tok[], r: Raw): void {
  const unit = r.unit ?? r.glued;
  if (r.drop || unit === undefined || bare(r.label) !== bare(unit)) return;
  if (AREAS.test(unit)) {
    r.label = "area";
    return;
  }
  if (LENGTHS.has(unit.toLowerCase())) {
    // "could grow to nine metres as adults": what grows to a length is a size, not a distance (card-audit-15, I).
    const grows = isWord(toks[r.s - 1], "to") && GROW.test(toks[r.s - 2]?.l ?? "");
    r.label = side(toks, r.e) || (grows ? "size" : "distance");
    return;
  }
  if (bare(unit) === "point" && isWord(toks[r.s - 1], "at") && CLOSES.test(toks[r.s - 2]?.l ?? "")) {
    const index = toks.find((t) => INDICES.test(t.s));
    r.label = index === undefined ? "close" : `${index.s} close`;
  }
}
