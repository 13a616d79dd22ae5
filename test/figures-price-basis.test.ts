// The people a price is based on ("based on two adults sharing") are its terms, no figure: dropped, where they took a
// card slot as 'two — adults' (price-basis.ts; audit 44, AL's shape 6, as made-up sentences; cnndm_test-05149).
import { describe, expect, it } from "vitest";
import { exact, figs, want } from "#test/helpers/figures.ts";

const OFFER = "Sunset Tours offers ten nights' full board at the Casa Verde from £1,940 pp based on two adults sharing a Garden Room.";

describe("a price's basis", () => {
  it("the price is carded, its two adults sharing are not", () => {
    const found = figs(OFFER);
    expect(exact(found.find((f) => f.value === 1940))).toEqual(want(1940, undefined, "GBP", "price per person", "money"));
    expect(found.find((f) => f.value === 2)).toBeUndefined();
  });
  it("\"Price is based on two sharing a standard room.\": no figure", () => {
    expect(figs("Price is based on two sharing a standard room.")).toEqual([]);
  });
});

describe("near misses", () => {
  it("\"The scheme relies on two adults sharing the rent.\": sharing, but no price's basis", () => {
    expect(exact(figs("The scheme relies on two adults sharing the rent.").find((f) => f.value === 2))?.value).toBe(2);
  });
  it("\"The survey was based on two adults and 40 children.\": a count after \"based on\" that shares nothing", () => {
    expect(exact(figs("The survey was based on two adults and 40 children.").find((f) => f.value === 2))).toEqual(want(2, undefined, undefined, "adults", "count"));
  });
});
