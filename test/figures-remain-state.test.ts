// "remain" is a copula with "still" in it: the state it keeps picks a part out of its whole, as "are still" does
// (still-state.ts's remainState, read by subset-doing.ts and them-state.ts). "more than 200 of these girls remain in
// captivity" read '— girls', the part's point lost.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("still-state.ts: 'N of the X remain STATE' is the X remaining in that state", () => {
  it("'Officials say more than 200 of these girls remain in captivity.' → more than 200 — girls remaining in captivity", () => {
    const text = "Officials say more than 200 of these girls remain in captivity.";
    expect(exact(at(text, 200))).toEqual(want(200, "more than", undefined, "girls remaining in captivity", "count"));
  });

  it("'Officials say 200 of the climbers remained missing.' → climbers remaining missing ('remained' is the verb, not the whole's participle)", () => {
    const text = "Officials say 200 of the climbers remained missing.";
    expect(exact(at(text, 200))).toEqual(want(200, undefined, undefined, "climbers remaining missing", "count"));
  });

  it("'Three of the miners still remain trapped.' → miners remaining trapped ('still' before it passed over)", () => {
    expect(exact(at("Three of the miners still remain trapped.", 3))).toEqual(want(3, undefined, undefined, "miners remaining trapped", "count"));
  });

  it("'Police freed 40 hostages and 12 of them remain in hospital.' → 12 — hostages remaining in hospital", () => {
    const text = "Police freed 40 hostages and 12 of them remain in hospital.";
    expect(exact(at(text, 12))).toEqual(want(12, undefined, undefined, "hostages remaining in hospital", "count"));
  });

  it("near miss: 'Of the 300 seized, 57 of the girls remain to be found.' goes on into 'to': the noun alone, as before", () => {
    expect(at("Of the 300 seized, 57 of the girls remain to be found.", 57).label).toBe("girls");
  });
});
