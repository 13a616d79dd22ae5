// A dash typed as a hyphen before the next clause's first word: "millions of pounds-as the price" (clause-dash.ts).
import { describe, expect, it } from "vitest";
import { tokenize } from "#brief/figures/language/tokens.ts";
import { exactOnly, want } from "#test/helpers/figures.ts";

const words = (text: string) => tokenize(text).map((t) => t.s);

describe("a word glued by a dash to the next clause's first word", () => {
  it("'millions of pounds-as the price': money, not a count of 'pounds-as'", () => {
    expect(exactOnly("The bid would cost millions of pounds-as the price of the council's support.")).toEqual(
      want(1_000_000, "millions of", "GBP", "bid", "money"),
    );
  });
  it("'two million Armenians-was the toll': the count's noun ends at the dash", () => {
    expect(exactOnly("Nearly two million Armenians-was the toll historians give.")).toEqual(want(2_000_000, "nearly", undefined, "Armenians", "count"));
  });
  it("'40 per cent-a drop': a percent, not a count of takings", () => {
    expect(exactOnly("Takings fell 40 per cent-a drop so steep that the shop closed.")).toEqual(want(40, undefined, "%", "fall in takings", "percent"));
  });
  it("'a $9.2 billion profit-and most of it': the label ends at the dash", () => {
    expect(exactOnly("It made a $9.2 billion profit-and most of it went to investors.")).toEqual(want(9_200_000_000, undefined, "USD", "profit", "money"));
  });
  it("the word is cut at the dash, which reads as a dash", () => {
    expect(words("visitors-while the")).toEqual(["visitors", "—", "while", "the"]);
  });
  it("near misses: compounds ending in a short word, a suspended hyphen and a spelt-out word stay whole", () => {
    expect(words("passers-by sit-in must-have sought-after lean-to forget-me-not")).toEqual(["passers-by", "sit-in", "must-have", "sought-after", "lean-to", "forget-me-not"]);
    expect(words("they double-and triple-checked")).toEqual(["they", "double-and", "triple-checked"]);
    expect(words("spelt R-M-B-A here")).toEqual(["spelt", "R-M-B-A", "here"]);
  });
  it("a relative clause set off by the cut dash is still its noun's: 'the film-which lasts for ten minutes'", () => {
    expect(exactOnly("The short film-which lasts for ten minutes-opens with a storm.")).toEqual(want(10, undefined, "minutes", "minutes of short film", "duration"));
    expect(exactOnly("The gala -- which lasted three hours -- ended late.")).toEqual(want(3, undefined, "hours", "hours of gala", "duration"));
  });
  it("near miss: 'ran 200 what-if tests' → 'what-if' is a compound, not a dash before 'if'", () => {
    expect(words("ran 200 what-if tests")).toEqual(["ran", "200", "what-if", "tests"]);
    expect(exactOnly("The council ran 200 what-if tests last year.")).toEqual(want(200, undefined, undefined, "what-if tests", "count"));
  });
});
