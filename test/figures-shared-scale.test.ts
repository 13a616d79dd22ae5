// The first of a pair said without a scale takes the second's (shared-scale.ts): "About 602 and 402 million people
// live in India and China" read 602 people ('About 602 — people'), where an editor reads 602 million, as the first
// end of "between 3 and 4 million" is read.
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

describe("shared-scale.ts: 'N and M million' is N million and M million", () => {
  it("'About 602 and 402 million people live in India and China.' → about 602 million — people in India", () => {
    const f = at("About 602 and 402 million people live in India and China.", 602e6);
    expect([exact(f), f.display]).toEqual([want(602e6, "about", undefined, "people in India", "count"), "About 602 million"]);
  });

  it("'The two firms were fined $30 and $40 million.' → $30 million — fine", () => {
    const f = at("The two firms were fined $30 and $40 million.", 30e6);
    expect([exact(f), f.display]).toEqual([want(30e6, undefined, "USD", "fine", "money"), "$30 million"]);
  });

  it("'The firms made 3 and 4 million dollars.' → 3 million, in the dollars the second is said in", () => {
    expect(exact(at("The firms made 3 and 4 million dollars.", 3e6))).toEqual(want(3e6, undefined, "USD", "earnings", "money"));
  });

  it("'The two banks lent £2 and £3bn.' → £2bn, the glued scale shown glued", () => {
    expect(at("The two banks lent £2 and £3bn.", 2e9).display).toBe("£2bn");
  });

  it("'The two firms were fined $30 and 40 million in the cases.' → $30 million — fine: the second's sign elided", () => {
    const f = at("The two firms were fined $30 and 40 million in the cases.", 30e6);
    expect([exact(f), f.display]).toEqual([want(30e6, undefined, "USD", "fine", "money"), "$30 million"]);
  });

  it("near miss: 'The two firms were fined $30 and 40 million people watched.' → $30: the second counts people", () => {
    expect(exact(at("The two firms were fined $30 and 40 million people watched.", 30))).toEqual(want(30, undefined, "USD", "fine", "money"));
  });

  it("'The two stations drew 3 and 45 million viewers.' → 3 million — viewers: a small first is of the second's size", () => {
    const f = at("The two stations drew 3 and 45 million viewers.", 3e6);
    expect([exact(f), f.display]).toEqual([want(3e6, undefined, undefined, "viewers", "count"), "3 million"]);
  });

  it("near miss: 'Apollo 11 and 600 million viewers made history.' → no 11 million: a name's number", () => {
    expect(figs("Apollo 11 and 600 million viewers made history.").map((f) => f.value)).not.toContain(11e6);
  });

  it("near miss: 'The stations drew 3 and 450 million viewers.' → no 3 million: far smaller than the second", () => {
    expect(figs("The stations drew 3 and 450 million viewers.").map((f) => f.value)).not.toContain(3e6);
  });

  it("near miss: 'The city has 1,500 and 2 million residents.' is of another size: 1,500 as written", () => {
    expect(figs("The city has 1,500 and 2 million residents.").map((f) => f.value)).toContain(1500);
  });

  it("near miss: 'The two firms were fined $30 and £40 million.' is another currency: $30 as written", () => {
    expect(exact(at("The two firms were fined $30 and £40 million.", 30))).toEqual(want(30, undefined, "USD", "fine", "money"));
  });
});
