import type { Raw } from "#brief/figures/card/figure.ts";
import { SPEC_NOUNS } from "#brief/figures/language/lexicon.ts";
import { plural } from "#brief/figures/language/phrase.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a 12 megapixel camera", "a two terabyte hard drive": a unit of a specification said in the singular between a
// number and a noun makes the number a measure of that noun in the unit ('12 megapixels — camera'), as "a 10-inch
// screen" is ('10 inches — screen'); read as a count of the noun phrase it was '12 — megapixel camera', a count
// of cameras. So is one in the plural or abbreviated ("512 megabytes Ram", "a 40 GB hard drive"). Only the units of
// data and image: "lines", "frames" and "resolutions" ("a two line statement") describe more than they measure. The
// unit's word joins the display ('12 megapixel — camera'), as a glued or hyphened unit is in it: the card shows no
// unit of its own.

/** Spec nouns that describe a noun by more than how much of a unit it holds: no unit of a measure here. */
const NOT_UNITS = new Set(["lines", "frames", "resolution", "resolutions", "cores"]);

/**
 * Marks r, a count labelled "UNIT NOUN …" whose unit, a spec unit or its singular, stands right after the number
 * (or is hyphened to it), a measure in the unit of the noun, a spaced unit's word taken into its span.
 */
export function specUnit(toks: readonly Tok[], r: Raw, np: string): boolean {
  const space = np.indexOf(" ");
  if (space < 0 || r.currency !== undefined || r.percent || r.ordinal) return false;
  const unit = np.slice(0, space).toLowerCase();
  // "512 megabytes Ram": a unit in the plural before a noun is one too.
  const units = SPEC_NOUNS.has(unit) ? unit : plural(unit);
  if (!SPEC_NOUNS.has(units) || NOT_UNITS.has(units)) return false;
  // "an 8-megapixel sensor": a hyphened unit is in the span already.
  const hyphened = r.compound !== undefined;
  if (hyphened ? r.compound!.toLowerCase() !== unit : !isWord(toks[r.e], unit)) return false;
  r.kind = "measure";
  r.unit = units;
  r.label = np.slice(space + 1);
  if (!hyphened) r.e += 1;
  return true;
}
