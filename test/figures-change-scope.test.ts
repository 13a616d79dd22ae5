// A change's scope said after what changed ("a 6.5% rise in orders outside Asia") stays in its label
// (change-scope.ts; card audit 43, sample AK's made-up shape: '6.5% — rise in orders', beside the overall rise).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("change-scope.ts: a change narrowed by 'outside', 'excluding' keeps its scope", () => {
  it("'helped by a 6.5% rise in orders outside Asia' → rise in orders outside Asia", () => {
    expect(exactOnly("Japan's surplus grew, helped by a 6.5% rise in orders outside Asia.")).toEqual(want(6.5, undefined, "%", "rise in orders outside Asia", "percent"));
  });

  it("'Sales rose 4% outside Europe' → rise in sales outside Europe; 'a 3% fall in sales excluding fuel'", () => {
    expect(exactOnly("Sales rose 4% outside Europe.")).toEqual(want(4, undefined, "%", "rise in sales outside Europe", "percent"));
    expect(exactOnly("There was a 3% fall in sales excluding fuel.")).toEqual(want(3, undefined, "%", "fall in sales excluding fuel", "percent"));
  });

  it("a scope with its article fits the label without it: 'outside the Gulf States' → outside Gulf States", () => {
    expect(exactOnly("Profits grew, helped by a 4.5% rise in imports outside the Gulf States.")).toEqual(want(4.5, undefined, "%", "rise in imports outside Gulf States", "percent"));
  });

  it("near miss: 'a 5% rise in exports to China' is no scope's preposition and keeps its label", () => {
    expect(exactOnly("A 5% rise in exports to China helped.")).toEqual(want(5, undefined, "%", "rise in exports", "percent"));
  });
});
