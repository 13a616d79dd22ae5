// A number in a quoted motto, slogan or habitual saying counts nothing (stock-phrase.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, typedList, want } from "#test/helpers/figures.ts";

describe("stock phrases", () => {
  it("'His motto is \"two steps forward\".': no count of steps", () => {
    expect(typedList("His motto is \"two steps forward\".")).toEqual([["two", "identifier", false]]);
  });
  it("'He always says \"three strikes and you're out\".': a habitual saying", () => {
    expect(typedList("He always says \"three strikes and you're out\".")).toEqual([["three", "identifier", false]]);
  });
  it("'He said \"we lost three games\".': a quote said once reports", () => {
    expect(exactOnly("He said \"we lost three games\".")).toEqual(want(3, undefined, undefined, "games lost", "count"));
  });
});
