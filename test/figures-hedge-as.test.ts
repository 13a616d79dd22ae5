// "as late as", "as long as", "as far as" hedge the amount as "as many as" does (lexicon.ts's QUALIFIERS): 'The
// ambulance got there as late as 25 minutes after the call.' read '25 — minutes after the call', the hedge lost
// (card-audit-50's made-up shape 10).
import { describe, expect, it } from "vitest";
import { at, duration, exact, want } from "#test/helpers/figures.ts";

describe("'as late/long/far as N' keeps its hedge", () => {
  it("'The ambulance got there as late as 25 minutes after the call.' → as late as 25 — minutes after the call", () => {
    const text = "The ambulance got there as late as 25 minutes after the call.";
    expect(exact(at(text, 25))).toEqual(duration(25, "minutes", "minutes after the call", "as late as"));
  });

  it("'Spores can live on a bench for as long as nine days.' → as long as nine, days", () => {
    expect(at("Spores can live on a bench for as long as nine days.", 9).qualifier).toBe("as long as");
  });

  it("'Smoke reached towns as far as 30 miles away.' → as far as 30 miles", () => {
    expect(exact(at("Smoke reached towns as far as 30 miles away.", 30))?.qualifier).toBe("as far as");
  });

  it("'Most guests reached the wedding up to 40 minutes after the ceremony began.' keeps its 'up to', as before", () => {
    const text = "Most guests reached the wedding up to 40 minutes after the ceremony began.";
    expect(exact(at(text, 40))).toEqual(want(40, "up to", "minutes", "minutes after the ceremony began", "duration"));
  });
});
