import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, type RankWeights } from "#brief/rank.ts";

// What the README and docs/ranking.md say the checked-in selection does, read against DEFAULT_WEIGHTS: a retune that
// turns a rule on or off (or moves μ, or coverage's κ and α) must carry the docs with it.

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const SETTINGS = ["trigramBlock", "mmr", "coverage"] as const satisfies readonly (keyof RankWeights)[];

describe("the docs' account of bullet selection", () => {
  const ranking = read("docs/ranking.md");
  const readme = read("README.md");

  it("calls a selection rule off in the checked-in weights only if it is", () => {
    const step = /5\. \*\*Selection\*\*[\s\S]*?(?=\n\n|\n## )/.exec(ranking)?.[0];
    expect(step, "docs/ranking.md has no '5. **Selection**' step").toBeDefined();
    const off = step!.split(/(?<=\.)\s+/).filter((s) => s.includes("off in the checked-in weights"));
    expect(off.length).toBeGreaterThan(0);
    for (const sentence of off) {
      // A sentence naming no setting would check nothing: reworded docs must still say which rule is off.
      const named = SETTINGS.filter((name) => sentence.includes(`\`${name}\``));
      expect(named, `names no setting: ${sentence}`).not.toEqual([]);
      for (const name of named) expect(DEFAULT_WEIGHTS[name] ?? 0, `${name}: ${sentence}`).toBe(0);
    }
  });

  it("gives the checked-in μ wherever it names it", () => {
    const said = [
      ...[...ranking.matchAll(/μ = ([\d.]+)\**,? in the checked-in weights/g)].map((m) => m[1]),
      ...[...ranking.matchAll(/\*\*μ = ([\d.]+)\*\*/g)].map((m) => m[1]),
      ...[...readme.matchAll(/score − ([\d.]+) × its highest similarity/g)].map((m) => m[1]),
    ];
    expect(said.length).toBeGreaterThanOrEqual(3);
    for (const mu of said) expect(Number(mu)).toBe(DEFAULT_WEIGHTS.mmr ?? 0);
  });

  it("gives the checked-in coverage κ and its length exponent α wherever it names them", () => {
    const pairs = [
      ...[...ranking.matchAll(/κ = ([\d.]+) and α = ([\d.]+) in the\s+checked-in weights/g)],
      ...[...ranking.matchAll(/\*\*κ = ([\d.]+), α = ([\d.]+)\*\*/g)],
    ].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const pair of pairs) expect(pair).toEqual([DEFAULT_WEIGHTS.coverage ?? 0, DEFAULT_WEIGHTS.coverageLength ?? 0]);
    const kappas = [...readme.matchAll(/(?:\+|plus)\s+([\d.]+) × the (?:supervised )?word importance it adds/g)].map((m) => Number(m[1]));
    expect(kappas.length).toBeGreaterThanOrEqual(2);
    for (const kappa of kappas) expect(kappa).toBe(DEFAULT_WEIGHTS.coverage ?? 0);
  });
});
