// Two clauses run together without a comma are no coordinated pair (run-on-pair.ts): "The club won 2 and 30 million
// fans watched" read 2 million fans, the first taking the second's scale and noun as "drew 3 and 45 million viewers"
// rightly does.
import { describe, expect, it } from "vitest";
import { at, exact, figs, labelOf, want } from "#test/helpers/figures.ts";

describe("run-on-pair.ts: 'VERB N and M NOUN VERB' is two clauses, no pair", () => {
  it("'The club won 2 and 30 million fans watched.' → 30 million — fans, and no 2 million", () => {
    const text = "The club won 2 and 30 million fans watched.";
    expect(figs(text).map((f) => f.value)).not.toContain(2e6);
    expect(exact(at(text, 30e6))).toEqual(want(30e6, undefined, undefined, "fans", "count"));
  });

  it("'Figures rose to 700 and 400 people were hurt.' → 400 — people hurt; 700 is not of the hurt", () => {
    const text = "Figures rose to 700 and 400 people were hurt.";
    expect(exact(at(text, 400))).toEqual(want(400, undefined, undefined, "people hurt", "count"));
    expect(labelOf(text, 700)).not.toBe("people hurt");
  });

  it("'The score was 2 and 3 people were hurt.' → 2 is not of the hurt: a complement ends its clause", () => {
    expect(labelOf("The score was 2 and 3 people were hurt.", 2)).not.toBe("people hurt");
  });

  it("near miss: 'Officials said 3 and 4 million people live there.' → 3 million — people: a said clause's subject", () => {
    expect(exact(at("Officials said 3 and 4 million people live there.", 3e6))).toEqual(want(3e6, undefined, undefined, "people", "count"));
  });

  it("near miss: 'There were 3 and 4 million people affected.' → 3 million — people affected", () => {
    expect(exact(at("There were 3 and 4 million people affected.", 3e6))).toEqual(want(3e6, undefined, undefined, "people affected", "count"));
  });

  it("near miss: 'The firms sold 3 and 4 million phones made in China.' → 3 million — phones sold: a participle's phrase", () => {
    expect(exact(at("The firms sold 3 and 4 million phones made in China.", 3e6))).toEqual(want(3e6, undefined, undefined, "phones sold", "count"));
  });

  it("near miss: 'The stations drew 3 and 4 million viewers tuning in each week.' → 3 million — viewers", () => {
    expect(exact(at("The stations drew 3 and 4 million viewers tuning in each week.", 3e6))).toEqual(want(3e6, undefined, undefined, "viewers", "count"));
  });
});

// Mutation sweep 45's Q06: a second with no noun phrase was never a run-on, a guard that only blocked a right reading:
// "The club won 2 and 3 million watched" read '2 million — club', the first taking the second's scale.
describe("run-on-pair.ts: a verb right after the bare second", () => {
  it("'The club won 2 and 3 million watched.' → no 2 million; 3 million — watched", () => {
    const text = "The club won 2 and 3 million watched.";
    expect(figs(text).map((f) => f.value)).not.toContain(2e6);
    expect(exact(at(text, 3e6))).toEqual(want(3e6, undefined, undefined, "watched", "count"));
  });

  it("'The firm cut 700 and 400 million went to investors.' → 700 unscaled: no 700 million", () => {
    expect(labelOf("The firm cut 700 and 400 million went to investors.", 700e6)).toBeUndefined();
  });

  it("near miss: 'The two channels drew 3 and 4 million.' → 3 million: nothing after the second, a pair", () => {
    expect(labelOf("The two channels drew 3 and 4 million.", 3e6)).toBeDefined();
  });
});
