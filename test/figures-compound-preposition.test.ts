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
