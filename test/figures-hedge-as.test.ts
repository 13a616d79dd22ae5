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

  it("near miss: 'The petition will be debated as long as 100,000 people sign it.' is a condition: no hedge", () => {
    expect(at("The petition will be debated as long as 100,000 people sign it.", 100000).qualifier).toBeUndefined();
  });

  it("near miss: 'Fans can claim a refund as long as 30 days have not passed.' is a condition though a time: no hedge", () => {
    expect(at("Fans can claim a refund as long as 30 days have not passed.", 30).qualifier).toBeUndefined();
  });

  it("near miss: 'As far as 3 of the players are concerned, the season is over.' is a frame: no hedge", () => {
    expect(at("As far as 3 of the players are concerned, the season is over.", 3).qualifier).toBeUndefined();
  });

  it("'The storm could last as long as two and a half days.' keeps its hedge past a number in words", () => {
    expect(at("The storm could last as long as two and a half days.", 2.5).qualifier).toBe("as long as");
  });
});
