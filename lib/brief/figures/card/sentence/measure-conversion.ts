// A bracketed measure right after another is the same amount in other units ("10 miles (16km)"): folded into it
// rather than shown as a figure of its own.
import type { Raw } from "#brief/figures/card/figure.ts";
import type { Tok } from "#brief/figures/language/tokens.ts";

/**
 * "12,900 acres (5,200 hectares)", "10 miles (16km)": a bracketed measure right after another is the same
 * amount in other units, so it is folded into it (listed by `--all` with its label, never on the card). So is a bare
 * number alone in the bracket, its units left out ("swam 14,000 miles (22,500)"): read as another of the miles, it was
 * 22,500 miles.
 */
export function measureConversion(toks: readonly Tok[], before: Raw | undefined, r: Raw): boolean {
  // (Right after the measure's unit: "the 6ft 5in defender (22)" is the defender's age.)
  const bare = r.unit === undefined && r.currency === undefined && !r.percent && toks[r.e]?.s === ")";
  if (before === undefined || before.kind !== "measure" || toks[r.s - 1]?.s !== "(" || r.s - 1 - before.e > 1) return false;
  if (!(r.kind === "measure" || (bare && (r.s - 1 === before.e || toks[before.e]?.l === before.unit)))) return false;
  r.drop = true;
  r.conversion = true;
  r.label = before.label;
  return true;
}
