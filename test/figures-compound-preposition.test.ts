// A compound preposition's first words ("due" of "due to", "thanks" of "thanks to") end no label (compound-preposition.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a label ends before a compound preposition", () => {
  it("'a 3% fall in profits due to waning demand' → fall in profits, not 'fall in profits due'", () => {
    expect(exact(at("Danish brewer Carlsberg suffered a 3% fall in profits due to waning demand.", 3))).toEqual(want(3, undefined, "%", "fall in profits", "percent"));
  });

  it("'a squad of 24 players due to breaching the rules' → players, not 'players due'", () => {
    expect(exact(at("Their run is impressive because of a restricted squad of 24 players due to breaching the rules.", 24))).toEqual(
      want(24, undefined, undefined, "players", "count"),
    );
  });

  it("no compound there: 'payments due in 2005' keeps 'due'", () => {
    expect(exact(at("Creditors were expected to freeze 20-30bn rupiah in payments due in 2005.", 20_000_000_000))?.label).toBe("payments due");
  });
});

describe("a noun phrase read forwards stops before a compound preposition, so what reads the phrase sees its head", () => {
  it("'missed five months due to calf issues' → months missed, the time a verb took as object (not 'months')", () => {
    expect(exact(at("The striker missed five months due to calf issues last season.", 5))).toEqual(want(5, undefined, "months", "months missed", "duration"));
  });

  it("no phrase opens on one: 'Profits fell 3% due to weak demand' → fall in profits, not 'due'", () => {
    expect(exact(at("Profits fell 3% due to weak demand.", 3))).toEqual(want(3, undefined, "%", "fall in profits", "percent"));
  });
});
