import type { Raw } from "#brief/figures/card/figure.ts";

// The whole a bare part is of ("Officials said 50 of them", "Tesco's 300"), as them-subject.ts and possessed-part.ts
// find it among the counts said before: the last with a noun of its own, a count (no money, percent, measure or rank),
// larger than the part; or the whole said after the part in its own sentence with "out of" ("Tesco's 300 will close,
// out of 3,000 stores"), the clause's own whole, nearer than any count before.

/** The last count in `raws` starting before character `before`, with a noun of its own, larger than `value`. */
export function largerWhole(value: number, raws: readonly Raw[], before = Infinity): Raw | undefined {
  let whole: Raw | undefined;
  for (const p of raws) {
    if (p.from < before && p.noun !== undefined && p.currency === undefined && !p.percent && p.kind !== "measure" && p.kind !== "rank" && p.value > value) whole = p;
  }
  return whole;
}

/** The words right before a whole said after its part: "out of 3,000", "out of its 3,000", "out of a total of 3,000". */
const OUT_OF = /^[^.;:!?\d]*\bout\s+of\s+(?:(?:its|their|the|a\s+total\s+of)\s+)?$/i;

/**
 * The count right after `r` in its sentence's `raws`, said as the whole the part is out of ("Tesco's 300 will close,
 * out of 3,000 stores"): no stop or other number between, a noun of its own, larger than the part; else undefined.
 */
export function outOfWhole(text: string, r: Raw, raws: readonly Raw[]): Raw | undefined {
  const next = raws.find((p) => p.from >= r.to);
  if (next === undefined || !OUT_OF.test(text.slice(r.to, next.from))) return undefined;
  return largerWhole(r.value, [next]);
}
