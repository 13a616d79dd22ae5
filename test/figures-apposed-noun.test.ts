// A number with no noun of its own is named by an apposition after its comma ("recording 51.115km, a mark which stood
// for six weeks" → mark): apposed-noun.ts.
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

describe("an apposition says what an unlabelled number is", () => {
  it("a glued measure: 'recording 51.115km, a mark which stood for six weeks' → mark", () => {
    const text = "Voigt was the first to make an attempt, recording 51.115km, a mark which stood for six weeks.";
    expect(exact(at(text, 51.115))).toEqual(want(51.115, undefined, "km", "mark", "measure"));
  });

  it("a bare count: 'He scored 30, a record that stood for a decade' → record", () => {
    expect(exact(at("He scored 30, a record that stood for a decade.", 30))).toEqual(want(30, undefined, undefined, "record", "count"));
  });

  it("no article, no apposition: 'He scored 30, his coach said' leaves the small count unlabelled, off the card", () => {
    expect(figs("He scored 30, his coach said.").map((f) => f.value)).not.toContain(30);
  });
  it("only after a comma: 'He scored 30 in a game.' is no apposition", () => {
    expect(figs("He scored 30 in a game.").map((f) => f.label)).not.toContain("game");
  });

  it("only with 'a' or 'an': 'The side scored 30, mostly penalties.' does not say the 30 is penalties", () => {
    expect(figs("The side scored 30, mostly penalties.").map((f) => f.label)).not.toContain("penalties");
  });
});
