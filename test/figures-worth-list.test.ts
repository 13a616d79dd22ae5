// Money a list of bare plurals is worth is labelled by the list, not its last item (plural-list.ts, worth.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("what a list of things is worth", () => {
  it("'necklaces, bracelets and diamonds worth more than £3.4m': the list, not 'diamonds'", () => {
    expect(exactOnly("The burglars took necklaces, bracelets and diamonds worth more than £3.4m from the store.")).toEqual(
      want(3_400_000, "more than", "GBP", "necklaces, bracelets and diamonds", "money"),
    );
  });
  it("two items with no comma: 'rings and pearls worth £40,000'", () => {
    expect(exactOnly("They stole rings and pearls worth £40,000.")).toEqual(want(40_000, undefined, "GBP", "rings and pearls", "money"));
  });
  it("a mass noun may end the list ('rings and jewellery'), not open it", () => {
    expect(exactOnly("They stole rings and jewellery worth £40,000.")?.label).toBe("rings and jewellery");
  });
  it("near misses: an item with an article or a mass noun first leaves the last item, as does one thing alone", () => {
    expect(exactOnly("Police found a car, rings and pearls worth £40,000.")?.label).toBe("pearls");
    expect(exactOnly("They stole cash and pearls worth £40,000.")?.label).toBe("pearls");
    expect(exactOnly("They stole rings and a necklace worth £40,000.")?.label).toBe("necklace");
    expect(exactOnly("The burglars took diamonds worth more than £3.4m.")?.label).toBe("diamonds");
  });
  it("a list longer than a label holds keeps its last item", () => {
    expect(exactOnly("They took silver tea sets, gold pocket watches and antique pearl necklaces worth £90,000.")?.label).toBe("antique pearl necklaces");
  });
});
