// "on her own two legs": a body's own pair is a figure of speech, no count and no length (own-two.ts; card-audit-50's
// made-up shape 7, junk on a card).
import { describe, expect, it } from "vitest";
import { typedList } from "#test/helpers/figures.ts";

describe("'own two PARTS': an idiom, no candidate", () => {
  it("'After the crash she was able to leave the ward on her own two legs, her mother said.'", () => {
    expect(typedList("After the crash she was able to leave the ward on her own two legs, her mother said.")).toEqual([["two", "identifier", false]]);
  });
  it("'I saw it with my own two eyes.'", () => {
    expect(typedList("I saw it with my own two eyes.")).toEqual([["two", "identifier", false]]);
  });
  it("'She is standing on her own two feet again.': no length of 2 ft either", () => {
    expect(typedList("She is standing on her own two feet again.")).toEqual([["two", "identifier", false]]);
  });
});

describe("near misses: counts stay", () => {
  it("'The twins have their own two bedrooms.': rooms are counted", () => {
    expect(typedList("The twins have their own two bedrooms.")).toEqual([["two", "count", true]]);
  });
  it("'The robot walked on two legs for an hour.': no 'own', a count", () => {
    expect(typedList("The robot walked on two legs for an hour.")).toEqual([["two", "count", true]]);
  });
  it("'The band's own three guitarists played.': not two", () => {
    expect(typedList("The band's own three guitarists played.")[0]?.[1]).not.toBe("identifier");
  });
});
