import type { Raw } from "#brief/figures/card/figure.ts";
import { isWord, type Tok } from "#brief/figures/language/tokens.ts";

// "jailed for eight years seven months", "lasted 14 hours and 50 minutes": a duration said in two units is one
// duration, as "6 feet 4 inches" is one height (read-height.ts). Read apart, the first lost the second (a value error)
// and the second was a piece with a label of its own (card audit 17, sample K: "eight — years in prison" and the junk
// "seven — months whilst Devaney"). The first takes the second as a fraction of its unit and the display of both.

/** How many of the smaller unit make one of the larger, by the larger unit's singular. */
export const SMALLER: ReadonlyMap<string, { unit: string; per: number }> = new Map([
  ["year", { unit: "month", per: 12 }],
  ["week", { unit: "day", per: 7 }],
  ["day", { unit: "hour", per: 24 }],
  ["hour", { unit: "minute", per: 60 }],
  ["minute", { unit: "second", per: 60 }],
]);

export const singular = (unit: string | undefined): string => (unit ?? "").replace(/s$/, "");

/**
 * Folds each duration followed by one in the next smaller unit ("eight years seven months") into the first, and a third
 * in the unit below that ("two hours 18 minutes 15 seconds") too.
 */
export function foldCompoundDurations(toks: readonly Tok[], raws: readonly Raw[]): void {
  for (let k = 0; k + 1 < raws.length; k++) {
    const a = raws[k]!;
    if (a.type !== "duration" || a.drop || a.valueMax !== undefined) continue;
    // The unit the last folded part was in, and how many of it make one of the first's unit.
    let unit = singular(a.unit);
    let per = 1;
    // Where the last part's unit word is: the first's right after its number.
    let at = a.e;
    let total = a.value;
    for (let n = k + 1; n < raws.length; n++) {
      const b = raws[n]!;
      const smaller = SMALLER.get(unit);
      if (smaller === undefined || !nextPart(toks, at, b, unit, smaller)) break;
      per *= smaller.per;
      total += b.value / per;
      a.value = Math.round(total * 1000) / 1000;
      // "two years and eight months wearing a compression mask": the words the second part's label has besides its unit.
      const rest = b.label.startsWith(`${b.unit} `) ? b.label.slice(b.unit!.length) : "";
      if (a.label === a.unit && rest !== "") a.label = `${a.unit}${rest}`;
      at = b.e;
      a.e = b.e + 1;
      b.drop = true;
      unit = smaller.unit;
    }
  }
}

/** Whether b is the next part of a duration whose last unit word, in `unit`, is at `at`: "… years [and] seven months". */
function nextPart(toks: readonly Tok[], at: number, b: Raw, unit: string, smaller: { unit: string; per: number }): boolean {
  if (b.type !== "duration" || b.drop || b.valueMax !== undefined || b.qualifier !== undefined) return false;
  if (singular(b.unit) !== smaller.unit || b.value >= smaller.per || b.value <= 0) return false;
  // The last part's unit word right before the next part, "and" between them allowed; the next part's unit right after it.
  const unitWord = toks[at];
  const gap = isWord(toks[at + 1], "and") ? 2 : 1;
  return isWord(unitWord) && singular(unitWord.l) === unit && b.s === at + gap && singular(toks[b.e]?.l) === smaller.unit;
}
