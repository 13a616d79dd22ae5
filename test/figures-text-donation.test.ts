// Money right after a text message's keyword ("text SWIM20 £2 or £8 to 60060") is a donation given by text, not the
// keyword (text-donation.ts; blind sample AZ's made-up shape 4).
import { describe, expect, it } from "vitest";
import { at, want, exact } from "#test/helpers/figures.ts";

describe("a donation by text", () => {
  it("\"… to give text SWIM20 £2 or £8 to 60060.\": the amount is the donation, not 'text SWIM'", () => {
    const text = "To back the team please visit example.org/swim and follow the crew online -- to give text SWIM20 £2 or £8 to 60060.";
    expect(exact(at(text, 2))).toEqual(want(2, undefined, "GBP", "donation by text", "money"));
  });
  it("\"To donate, Text HELP £5 to 70070.\": a keyword with no digits, the verb capitalised", () => {
    expect(at("To donate, Text HELP £5 to 70070.", 5).label).toBe("donation by text");
  });
});

describe("near misses", () => {
  it("\"Fans voted to give UNICEF £5 of every ticket.\": a name in capitals with no 'text' before it", () => {
    expect(at("Fans voted to give UNICEF £5 of every ticket.", 5).label).not.toBe("donation by text");
  });
  it("\"The text BBC sent cost £5 to write.\": no keyword right before the amount", () => {
    expect(at("The text BBC sent cost £5 to write.", 5).label).not.toBe("donation by text");
  });
  it("\"They text Mum £5 to spend.\": a keyword must be in capitals", () => {
    expect(at("They text Mum £5 to spend.", 5).label).not.toBe("donation by text");
  });
});
