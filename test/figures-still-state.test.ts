// A part whose copula says it is still in some state is labelled by that state (still-state.ts; card-audit-50's
// made-up shape 5): "more than 3,000 of those homes were still without electricity" was '— homes' beside the whole's
// '9,000 — homes', two counts of one thing with the point lost.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("still-state.ts: 'N of those X are still STATE' counts X in that state", () => {
  it("'… more than 3,000 of those homes were still without electricity.' → homes still without electricity", () => {
    const text = "The storm cut power to 9,000 homes on Sunday. Engineers said that by Tuesday, more than 3,000 of those homes were still without electricity.";
    expect(exact(at(text, 3000))).toEqual(want(3000, "more than", undefined, "homes still without electricity", "count"));
    expect(at(text, 9000).label).toBe("homes");
  });

  it("'Rescuers said about 120 of the miners are still underground.' → miners still underground", () => {
    const text = "Some 450 miners were trapped by the collapse. Rescuers said about 120 of the miners are still underground.";
    expect(exact(at(text, 120))).toEqual(want(120, "about", undefined, "miners still underground", "count"));
  });

  it("'Police believe more than 60 of these hostages are still being held.' → hostages still held ('being' passed)", () => {
    const text = "Police believe more than 60 of these hostages are still being held.";
    expect(exact(at(text, 60))).toEqual(want(60, "more than", undefined, "hostages still held", "count"));
  });

  it("'Five of the 30 climbers are still missing.' → climbers still missing (an '-ing' the parse calls a verb)", () => {
    expect(at("Five of the 30 climbers are still missing.", 5).label).toBe("climbers still missing");
  });

  it("'Only nine of the 40 beaches were still clean.' → beaches still clean (an adjective after 'still')", () => {
    expect(at("Only nine of the 40 beaches were still clean.", 9).label).toBe("beaches still clean");
  });

  it("'The crash hurt 14 riders, and four of them are still in hospital.' → riders still in hospital", () => {
    expect(at("The crash hurt 14 riders, and four of them are still in hospital.", 4).label).toBe("riders still in hospital");
  });

  it("near miss: 'Five of the 30 climbers are still expected to reach the summit.' goes on into 'to': climbers", () => {
    expect(at("Five of the 30 climbers are still expected to reach the summit.", 5).label).toBe("climbers");
  });

  it("near miss: 'Only nine of the 40 beaches were clean.' has no 'still': beaches clean, as before", () => {
    expect(at("Only nine of the 40 beaches were clean.", 9).label).toBe("beaches clean");
  });

  it("near miss: 'Two of the 10 suspects were still teenagers.' has a noun after 'still', no state: suspects", () => {
    expect(at("Two of the 10 suspects were still teenagers.", 2).label).toBe("suspects");
  });

  it("near miss: 'About 120 miners are still underground.' is no part: miners", () => {
    expect(at("About 120 miners are still underground.", 120).label).toBe("miners");
  });
});
