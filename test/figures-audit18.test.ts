// Card audit 18 (sample L): each fault a one-sentence repro of my own, with the exact figure an editor expects.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

describe("a rate whose clause names nothing takes the price said before it", () => {
  it("'Prices … range from £450 per person …, to £1,200 per person': the second amount is a price too", () => {
    expect(exact(at("Prices for the tour range from £450 per person for a shared room, to £1,200 per person for a private suite.", 1200))).toEqual({
      value: 1200, qualifier: undefined, unit: "GBP", type: "money", label: "price per person",
    });
  });
});

describe("'100 per cent' as an intensifier is no figure; as a share it stays one", () => {
  it("'the absolutely one hundred per cent right manager' says how right, a share of nothing", () => {
    expect(figs("The club needs the absolutely one hundred per cent right manager for next season.").filter((f) => f.value === 100)).toEqual([]);
  });

  it("'100 per cent of their savings' is still a share", () => {
    expect(exact(at("The couple lost 100 per cent of their savings in the crash.", 100))).toEqual({
      value: 100, qualifier: undefined, unit: "%", type: "percent", label: "share of savings",
    });
  });
});
