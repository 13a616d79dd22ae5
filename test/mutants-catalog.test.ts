import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MUTANTS } from "#scripts/mutants.ts";

// docs/mutations-33.md says any of its mutants can be rerun with scripts/mutants.ts. That stays true only while each
// mutant's text is still in its file exactly once and its tests still exist: a refactor that moves the text makes
// this fail, so the catalogue is updated with the code instead of rotting until someone tries a rerun.
describe("the mutation catalogue (scripts/mutants.ts) still applies to the code", () => {
  it("ids are unique", () => {
    expect(new Set(MUTANTS.map((m) => m.id)).size).toBe(MUTANTS.length);
  });

  it.each(MUTANTS.map((m) => [m.id, m] as const))("%s: its text is in its file exactly once, and its tests exist", (_id, m) => {
    const text = readFileSync(m.file, "utf8");
    const at = text.indexOf(m.find);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(m.find, at + 1)).toBe(-1);
    expect(m.replace).not.toBe(m.find);
    for (const t of m.tests) expect(existsSync(t), t).toBe(true);
  });
});
