import { createHash } from "node:crypto";
import * as v from "valibot";
import { NUMBER_TYPES, type NumberType } from "#brief/figures/card/figure.ts";
import { EvalDataError } from "#eval/evaluate.ts";

export type { NumberType };

/** Types that never belong on a card: a card figure the gold types so is junk. */
export const JUNK_TYPES: ReadonlySet<NumberType> = new Set(["year", "date", "time", "age", "score", "identifier"]);

const nullableString = v.nullable(v.string());
const GOLD_NUMBER = v.object({
  sentence: v.string(),
  surface: v.string(),
  value: v.number(),
  valueMax: v.nullable(v.number()),
  unit: nullableString,
  qualifier: nullableString,
  type: v.picklist(NUMBER_TYPES),
  counts: nullableString,
  head: nullableString,
  key: v.boolean(),
  in_highlights: v.boolean(),
});
const GOLD_ARTICLE = v.object({ id: v.string(), source: v.string(), numbers: v.array(GOLD_NUMBER) });

export type GoldNumber = v.InferOutput<typeof GOLD_NUMBER>;
export type GoldArticle = v.InferOutput<typeof GOLD_ARTICLE>;

/** Strict: gold data is hand-made and small, so a bad line is an error naming it, not a skipped row. */
export function parseFiguresGold(text: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new EvalDataError(`gold line ${i + 1}: not valid JSON`);
    }
    const parsed = v.safeParse(GOLD_ARTICLE, json);
    if (!parsed.success) throw new EvalDataError(`gold line ${i + 1}: ${v.getDotPath(parsed.issues[0]) ?? ""} ${parsed.issues[0].message}`.trim());
    out.push(parsed.output);
  });
  return out;
}

/**
 * The half of the gold set tuning may look at: by a hash of the article id, so the split is fixed, does not
 * depend on file order, and a new article falls on a side without moving the others.
 */
export function isTuneHalf(id: string): boolean {
  return (createHash("sha256").update(id).digest()[0] ?? 0) % 2 === 0;
}
