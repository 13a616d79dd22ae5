// A capitalised number word after a quotation's full stop opens the sentence the splitter left joined, no name's word
// (quote-stop.ts): "… not to.' Thirty-one states …" was '· Thirty-one [identifier]' (the thirty-fifth round's made-up
// shape).
import { describe, expect, it } from "vitest";
import { at, exact, typedList } from "#test/helpers/figures.ts";

describe("quote-stop.ts: a number word after a quote's full stop starts a sentence", () => {
  it("\"She said she would not stop.' Forty-two towns have banned it.\" → 42 — towns (not: an identifier)", () => {
    expect(exact(at("She said she would not stop.' Forty-two towns have banned it.", 42))).toEqual({ value: 42, qualifier: undefined, unit: undefined, label: "towns", type: "count" });
  });

  it("'He asked: 'Who won the cup?' Three Lions fans sang.': after a question's quote, still a name's word", () => {
    expect(typedList("He asked: 'Who won the cup?' Three Lions fans sang.")).toEqual([["Three", "identifier", false]]);
  });

  it("\"… all read it. 'Seven Pillars of Wisdom changed me\": a title after the quote's stop stays a name's word", () => {
    const text = "'My friends have all read it. 'Seven Pillars of Wisdom changed my life,' she said.";
    expect(typedList(text)).toEqual([["Seven", "identifier", false]]);
  });
});
