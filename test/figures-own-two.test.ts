// "on her own two legs": a body's own pair is a figure of speech, no count and no length (own-two.ts; card-audit-50's
// made-up shape 7, junk on a card); "blessed with two quick feet" is a pair described, the same (card audit 55's J1).
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

describe("'two ADJ PARTS': a body's pair described by a plain adjective, no candidate (card audit 55's made-up junk shape J1)", () => {
  it("'The coach says the young full-back has two strong feet and a calm head.': no length of 2 ft", () => {
    expect(typedList("The coach says the young full-back has two strong feet and a calm head.")).toEqual([["two", "identifier", false]]);
  });
  it("'The keeper has two safe hands, his captain said.': no count of hands", () => {
    expect(typedList("The keeper has two safe hands, his captain said.")).toEqual([["two", "identifier", false]]);
  });
});

describe("near misses of a described pair: lengths and counts stay", () => {
  it("'The water rose two feet in an hour.': no adjective, a length", () => {
    expect(typedList("The water rose two feet in an hour.")).toEqual([["two feet", "measure", true]]);
  });
  it("'The plant needs two square feet of soil.': an area's unit, not a body part", () => {
    expect(typedList("The plant needs two square feet of soil.")[0]?.[1]).toBe("measure");
  });
  it("'The flood water rose two more feet overnight.': more of a length, still a length", () => {
    expect(typedList("The flood water rose two more feet overnight.")).toEqual([["two", "measure", true]]);
  });
  it("'The cook added two chicken feet to the stock.': a noun before the part is no praise, the figure stays a candidate", () => {
    expect(typedList("The cook added two chicken feet to the stock.")[0]?.[2]).toBe(true);
  });
  it("'Doctors treated two infected eyes at the clinic.': a count of eyes treated, more than one person's pair", () => {
    expect(typedList("Doctors treated two infected eyes at the clinic.")).toEqual([["two", "count", true]]);
  });
  it("'The referee suffered two black eyes in the brawl.': an injury's adjective, the wounds counted", () => {
    expect(typedList("The referee suffered two black eyes in the brawl.")).toEqual([["two", "count", true]]);
  });
});
