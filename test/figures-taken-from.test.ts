// Money a form of "take" moved "from" somewhere was taken out of it (taken-from.ts): "Smith took £5,000 from the till"
// read '£5,000 — smith', the taker, where an editor reads the money taken from the till.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("taken-from.ts: 'took £N from X' is money taken from X", () => {
  it("'Smith took £5,000 from the till.' → £5,000 — taken from the till", () => {
    expect(exactOnly("Smith took £5,000 from the till.")).toEqual(want(5000, undefined, "GBP", "taken from the till", "money"));
  });

  it("'The council took £2m from its reserves to fill the gap.' → £2m — taken from its reserves", () => {
    expect(exactOnly("The council took £2m from its reserves to fill the gap.")).toEqual(want(2e6, undefined, "GBP", "taken from its reserves", "money"));
  });

  it("'He had taken more than £5,000 from the charity's accounts.' → more than £5,000 — taken from the charity's accounts", () => {
    expect(exactOnly("He had taken more than £5,000 from the charity's accounts.")).toEqual(want(5000, "more than", "GBP", "taken from the charity's accounts", "money"));
  });

  it("'Smith took £5,000 from his elderly neighbour's bank account.' → from the head back, within the card's six words", () => {
    expect(exactOnly("Smith took £5,000 from his elderly neighbour's bank account.")).toEqual(want(5000, undefined, "GBP", "taken from elderly neighbour's bank account", "money"));
  });

  it("near miss: 'The film took £5m from its opening weekend.' → no source: a time it was taken over", () => {
    expect(exactOnly("The film took £5m from its opening weekend.")?.label ?? "").not.toMatch(/^taken from/);
  });

  it("near miss: 'The show took £2m from ticket sales.' → no source: what it was taken in from", () => {
    expect(exactOnly("The show took £2m from ticket sales.")?.label ?? "").not.toMatch(/^taken from/);
  });

  it("near miss: 'The film took £18m at the box office.' → £18m — box office takings: taken in, from nowhere", () => {
    expect(exactOnly("The film took £18m at the box office.")).toEqual(want(18e6, undefined, "GBP", "box office takings", "money"));
  });

  it("near miss: 'She took £300 that she had saved.' → not taken from: no 'from'", () => {
    expect(exactOnly("She took £300 that she had saved.")?.label ?? "").not.toMatch(/^taken from/);
  });

  it("near miss: 'Smith took a £5 note from the till.' → £5 — note: money with a noun of its own", () => {
    expect(exactOnly("Smith took a £5 note from the till.")).toEqual(want(5, undefined, "GBP", "note", "money"));
  });

  it("near miss: 'The gang stole £5,000 from the till.' → £5,000 — stolen: a theft says so", () => {
    expect(exactOnly("The gang stole £5,000 from the till.")).toEqual(want(5000, undefined, "GBP", "stolen", "money"));
  });

  it("near miss: 'The film took $20m from the box office in its first week.' → $20m — film, as before: a film's takings, not money taken out", () => {
    expect(exactOnly("The film took $20m from the box office in its first week.")).toEqual(want(20e6, undefined, "USD", "film", "money"));
  });

  it("near miss: 'Avatar took $2bn from worldwide markets.' → $2bn — avatar, as before: where a film takes money in", () => {
    expect(exactOnly("Avatar took $2bn from worldwide markets.")).toEqual(want(2e9, undefined, "USD", "avatar", "money"));
  });

  it("near miss: 'The show has taken £3m from its West End run.' → £3m — show, as before: the run the tagger cut off", () => {
    expect(exactOnly("The show has taken £3m from its West End run.")).toEqual(want(3e6, undefined, "GBP", "show", "money"));
  });
});
