import { gluedUnit, SPACED_UNITS } from "#brief/figures/language/lexicon.ts";
import { adjacent, isWord, NUM, type Tok } from "#brief/figures/language/tokens.ts";

// The abbreviated unit right after a number's digits: "5km", "13lbs", "101 mph", "70 km/h", "500 sq ft".

/** Lengths an abbreviated area squares: "sq ft", "sq m", "sq km", "sq miles". */
const SQUARED = /^(?:ft|feet|foot|m|metres|meters|km|kilometres|kilometers|mi|miles|yds|yards|in|inches)$/;

/**
 * The unit at token j, after digits ending at j - 1, and the token after it: glued to them ("5km", "a 5km-long
 * tunnel"), or set apart by a space when the abbreviation is no other word ("101 mph", "5 km", "10 kg"); a unit over
 * a time ("55 to 70 km/h", "100 km / hr") is a speed's. Undefined for none, and for a spaced unit before "per" or "a",
 * which is a rate's, read with its period (rate.ts: "120 km per hour").
 */
export function unitAfter(toks: readonly Tok[], j: number): { unit: string; end: number } | undefined {
  const t = toks[j];
  // "500 sq ft", "a 2,000 sq ft house": an area's abbreviation is two words, the length after "sq".
  const side = toks[j + 1];
  if (isWord(t, "sq") && isWord(side) && SQUARED.test(side.l)) return { unit: `sq ${side.l}`, end: j + 2 };
  const degrees = degreeUnit(toks, j);
  if (degrees !== undefined) return degrees;
  // "4G", "3G": a capital "G" after digits is a mobile network's generation, no gram.
  const unit = isWord(t) && t.s !== "G" ? gluedUnit(t.l) : undefined;
  if (unit === undefined) return undefined;
  const rate = /^(?:per|a|an)$/.test(toks[j + 1]?.l ?? "");
  if (!adjacent(toks[j - 1], t) && !((SPACED_UNITS.has(unit) || spacedMetres(toks, j)) && !rate)) return undefined;
  const over = toks[j + 2]?.l ?? "";
  return toks[j + 1]?.s === "/" && /^(?:h|hr|hour|s|sec)$/.test(over) ? { unit: `${unit}/${over}`, end: j + 3 } : { unit, end: j + 1 };
}

// A spaced "m" is as often millions ("1.2 m people", "2.1 m landings", "73.4 m up 1.4 per cent") as metres, so it is
// no unit in SPACED_UNITS; it is metres where a size follows it ("2.5 m long", "20 m in diameter", "a 3.6 m tall
// figure") or a verb of running, swimming, jumping or throwing governs it ("He ran 100 m in 9.58 seconds").

/** Words after a spaced "m" (or after "in") that say it is a length. */
export const METRE_SIZES = /^(?:long|wide|high|tall|deep|thick|away|above|below|across|diameter)$/;

/** Verbs whose distance is in metres when set apart: an athlete's. */
export const ATHLETE_VERBS = /^(?:ran|run|runs|swam|swim|swims|sprinted|sprints|walked|jumped|jumps|leapt|leaped|threw|throws|thrown|hurled|vaulted|cleared|clears)$/;

/** Whether the "m" at token j, a space after its digits, is metres (a size after it, or an athlete's verb before the digits). */
function spacedMetres(toks: readonly Tok[], j: number): boolean {
  if (!isWord(toks[j], "m")) return false;
  const after = isWord(toks[j + 1], "in") ? toks[j + 2] : toks[j + 1];
  return (isWord(after) && METRE_SIZES.test(after.l)) || ATHLETE_VERBS.test(toks[j - 2]?.l ?? "");
}

/**
 * A temperature's scale after its digits, as the glued "25C" is one: "68 °C", "71°C", "160 °F" (the degree sign a
 * token of its own), or a capital "C" or "F" set apart before or inside the brackets of its conversion ("22.7 C (72.9
 * F)"). A degree sign with no scale is degrees, as the word is ("an angle of 35 °" measures an angle; a count of 35
 * "angles" it is not), unless minutes follow it ("33 ° 30'"), a coordinate's: none.
 */
function degreeUnit(toks: readonly Tok[], j: number): { unit: string; end: number } | undefined {
  const t = toks[j];
  if (t?.s === "°") {
    // After the sign a scale may be lower case ("greater than 126 ° c"): no other word is a lone "c" or "f" there.
    const w = toks[j + 1];
    if (isWord(w) && (w.l === "c" || w.l === "f")) return { unit: w.l, end: j + 2 };
    return w?.kind === NUM ? undefined : { unit: "degrees", end: j + 1 };
  }
  const unit = scale(t);
  const bracket = toks[j + 1]?.s;
  return unit !== undefined && (bracket === "(" || bracket === ")") ? { unit, end: j + 1 } : undefined;
}

/**
 * A capital "C" or "F" set apart: its scale. A module function, not a closure made at each degreeUnit call (tsx's
 * esbuild keepNames names each closure as it is made, an Object.defineProperty call).
 */
const scale = (w: Tok | undefined): string | undefined => (isWord(w) && (w.s === "C" || w.s === "F") ? w.l : undefined);
