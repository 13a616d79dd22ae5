import type { Raw } from "#brief/figures/card/figure.ts";
import { SMALLER, singular } from "#brief/figures/read/amount/duration-compound.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "a ban of between six months and two years": a range whose bounds are said in two units of time is one range, as
// "between six and 24 months" is. Read apart, each bound read as the ban (card audit 18, sample L: "six — months ban"
// and "two — years ban", a value error each). The lower bound takes the upper, in the lower's unit, and the display of
// both.

/** How many of the smaller unit make one of the larger, by the smaller unit's singular (duration-compound.ts' table read up). */
export const LARGER: ReadonlyMap<string, { unit: string; per: number }> = new Map([...SMALLER].map(([unit, smaller]) => [smaller.unit, { unit, per: smaller.per }]));

/** Folds each "between N <unit> and M <larger unit>" pair of durations into one range in the smaller unit. */
export function foldMixedRanges(toks: readonly Tok[], raws: readonly Raw[]): void {
  for (let k = 0; k + 1 < raws.length; k++) {
    const a = raws[k]!;
    const b = raws[k + 1]!;
    if (a.type !== "duration" || b.type !== "duration" || a.drop || b.drop || a.valueMax !== undefined || b.valueMax !== undefined) continue;
    const larger = LARGER.get(singular(a.unit));
    // "between" before the lower bound, its unit word then "and" right after it, the upper bound's unit right after its number.
    if (larger === undefined || singular(b.unit) !== larger.unit || !isWord(toks[a.s - 1], "between")) continue;
    if (singular(toks[a.e]?.l) !== singular(a.unit) || !isWord(toks[a.e + 1], "and") || b.s !== a.e + 2 || singular(toks[b.e]?.l) !== larger.unit) continue;
    a.valueMax = b.value * larger.per;
    a.e = b.e + 1;
    b.drop = true;
  }
}
