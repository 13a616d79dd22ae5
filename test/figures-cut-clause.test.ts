// A paragraph whose subject the source cut ('finished third in 7.27 seconds …'), left out of the story as a fragment,
// is read by the card when it is a whole clause that ends a sentence with a finite verb (cut-clause.ts).
// Each test is a one-sentence repro with the exact figure (from the card audits of unseen articles and the mutation
// reviews of the rules), with the near misses a rule must leave alone.
import { describe, expect, it } from "vitest";
import { briefFigures, exact } from "#test/helpers/figures.ts";

const STORY = "Britain's athletes were in action over the weekend.";

describe("cut-clause.ts: a paragraph whose subject the source cut is read by the card when it is a whole clause", () => {
  it("'finished third in 7.27 seconds in a high-class women's 60m.' after a story sentence is the 60m time (was left out as a fragment)", () => {
    const found = briefFigures("Britain's athletes were in action over the weekend.", "finished third in 7.27 seconds in a high-class women's 60m.");
    expect(found.map(exact)).toEqual([{ value: 7.27, qualifier: undefined, unit: undefined, label: "60m time", type: "measure" }]);
  });
  it("a tail opening on a preposition stays out: 'in the final, which drew a crowd of 12,000 fans, …' (not: any fragment that ends a sentence)", () => {
    expect(briefFigures("Britain's athletes were in action over the weekend.", "in the final, which drew a crowd of 12,000 fans, she set a record.")).toEqual([]);
  });
});

describe("cut-clause.ts", () => {
  it("a cut clause that does not end a sentence stays out: 'finished third in 7.27 seconds in a high-class women's 60m' (mutant: end mark not required)", () => {
    expect(briefFigures(STORY, "finished third in 7.27 seconds in a high-class women's 60m")).toEqual([]);
  });
  it("'comfortably won the 400m in 51.24 seconds.': one adverb before the verb (mutant: no adverb skipped)", () => {
    expect(briefFigures(STORY, "comfortably won the 400m in 51.24 seconds.").map(exact)).toEqual([{ value: 51.24, qualifier: undefined, unit: undefined, label: "400m time", type: "measure" }]);
  });
});

describe("cut-clause.ts: the verb must be finite", () => {
  it("'finishing third in 7.27 seconds.' stays out: an '-ing' opening is no clause (mutant: '-ing' allowed)", () => {
    expect(briefFigures(STORY, "finishing third in 7.27 seconds.")).toEqual([]);
  });
});
