// A percent rise or fall said "at" the level it reached is that amount's change, as "to" is (link.ts): "Beer sales were
// up 18% at 40.2bn yuan" lost the rise's direction ('18% — beer sales'; the thirty-fifth round's made-up shape).
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("link.ts: a percent change 'at' a new level is that level's change", () => {
  it("'Wine sales in 2005 were up 12% at 30.5bn yuan' → 30.5bn yuan, up 12%, labelled wine sales (not: a bare '12% — wine sales')", () => {
    const found = figs("Wine sales in 2005 were up 12% at 30.5bn yuan.");
    expect(found.map((f) => f.value)).toEqual([30.5e9]);
    expect(exact(found[0])).toEqual({ value: 30.5e9, qualifier: undefined, unit: "CNY", label: "wine sales", type: "money" });
    expect(found[0]?.change).toEqual({ value: 12, unit: "%", direction: "up" });
  });

  it("'Shares in the bank closed down 3% at 210p' → 210p, down 3%", () => {
    expect(at("Shares in the bank closed down 3% at 210p.", 2.1).change).toEqual({ value: 3, unit: "%", direction: "down" });
  });
});
