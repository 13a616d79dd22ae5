// A run said with an ordinal and "in a row" is a figure labelled by what runs: sample M's highlight called "a third
// year in succession" a hat-trick, and the card never read it.
import { describe, expect, it } from "vitest";
import { at, exact, figs } from "#test/helpers/figures.ts";

const run = (value: number, label: string) => ({ value, qualifier: undefined, unit: undefined, label, type: "ordinal" });

describe("a run of wins or years", () => {
  it("'won the league for a third year in succession' → third — year in succession", () => {
    expect(exact(at("Chelsea won the league for a third year in succession.", 3))).toEqual(run(3, "year in succession"));
  });

  it("'recorded their fourth win in a row' → fourth — win in a row (was 'win')", () => {
    expect(exact(at("Juve recorded their fourth win in a row.", 4))).toEqual(run(4, "win in a row"));
  });

  it("'for the sixth month running' → sixth — month running", () => {
    expect(exact(at("Rates were held for the sixth month running.", 6))).toEqual(run(6, "month running"));
  });

  it("'for their third match on the bounce' → third — match on the bounce (was 'match')", () => {
    expect(exact(at("Hibs lost for their third match on the bounce.", 3))).toEqual(run(3, "match on the bounce"));
  });

  it("an ordinal with no run after its noun is no run: 'their fourth win of the season'", () => {
    expect(figs("Juve recorded their fourth win of the season.").map((f) => f.label)).not.toContain("win in a row");
  });
});
