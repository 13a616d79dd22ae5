// An old level the story has in mind ("from the 3.1% …", "from its …") and dated by when it was stated ("given in
// June", "forecast in March") is still the earlier level of the amount after "to"
// (lib/brief/figures/card/old-level.ts): card audit 41's pair read '— forecast' twice, or the new level lost its label.
import { describe, expect, it } from "vitest";
import { figs } from "#test/helpers/figures.ts";

const moved = (text: string) => figs(text).map((f) => ({ value: f.value, previous: f.previous, unit: f.unit, label: f.label }));

describe("an old level with 'the' and a stating participle before 'to'", () => {
  it("'cut the rate of inflation down from the 4.2% forecast in March to 2.8%' → 2.8% from 4.2%, rate of inflation", () => {
    const s = "The bank cut the 2010 rate of inflation down from the 4.2% forecast in March to 2.8%.";
    expect(moved(s)).toEqual([{ value: 2.8, previous: 4.2, unit: "%", label: "rate of inflation" }]);
  });

  it("'Profits fell from the £12m recorded in 2013 to £9m' → £9m from £12m, profits", () => {
    expect(moved("Profits fell from the £12m recorded in 2013 to £9m.")).toEqual([{ value: 9000000, previous: 12000000, unit: "GBP", label: "profits" }]);
  });
});
