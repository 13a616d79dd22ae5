// A limit's change: "a reduction of the drinking age to 16" is the level the limit reaches, labelled by the limit
// (change-after.ts' "of"), and "the minimum age of 35 for a bus driver would be lowered to 30" the new limit from the
// stated one (limit-changed.ts; card audit 43, sample AK's made-up shapes: '16 — reduction', a headline fact missed).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("change-after.ts: a level reached after a change noun and 'of' is the level of what changed", () => {
  it("'a reduction of the drinking age to 16' → drinking age, not reduction", () => {
    expect(exact(at("The report led to demands for a reduction of the drinking age to 16.", 16))).toEqual(want(16, undefined, undefined, "drinking age", "count"));
  });

  it("'a lowering of the speed limit to 20' → speed limit", () => {
    expect(exact(at("Residents backed a lowering of the speed limit to 20.", 20))).toEqual(want(20, undefined, undefined, "speed limit", "count"));
  });
});

describe("limit-changed.ts: a stated limit's change is the new limit, from the old", () => {
  it("'the minimum age of 35 for a bus driver would be lowered to 30' → 30, minimum age for a bus driver, from 35", () => {
    const f = at("Officials said the minimum age of 35 for a bus driver would be lowered to 30.", 30);
    expect(exact(f)).toEqual(want(30, undefined, undefined, "minimum age for a bus driver", "count"));
    expect(f.previous).toBe(35);
  });

  it("'the legal age of 18 for buying cigarettes is to rise to 21' → legal age for buying cigarettes, from 18", () => {
    const f = at("The legal age of 18 for buying cigarettes is to rise to 21.", 21);
    expect([f.label, f.previous]).toEqual(["legal age for buying cigarettes", 18]);
  });

  it("near miss: a relative clause after the old limit gives no scope ('the age of 18 at which people can vote')", () => {
    expect(at("The age of 18 at which people can vote was lowered to 16 in Scotland.", 16).label).toBe("age");
  });
});
