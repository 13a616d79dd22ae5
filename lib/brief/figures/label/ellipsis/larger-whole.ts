import type { Raw } from "#brief/figures/card/figure.ts";

// The whole a bare part is of ("Officials said 50 of them", "Tesco's 300"), as them-subject.ts and possessed-part.ts
// find it among the counts said before: the last with a noun of its own, a count (no money, percent, measure or rank),
// larger than the part.

/** The last count in `raws` starting before character `before`, with a noun of its own, larger than `value`. */
export function largerWhole(value: number, raws: readonly Raw[], before = Infinity): Raw | undefined {
  let whole: Raw | undefined;
  for (const p of raws) {
    if (p.from < before && p.noun !== undefined && p.currency === undefined && !p.percent && p.kind !== "measure" && p.kind !== "rank" && p.value > value) whole = p;
  }
  return whole;
}
