// The second price of a pair said by place is the first's thing in another place, not the place: "$349 in the US and
// £299 in the UK" → £299 — prices in the UK (place-pair.ts).
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";

describe("a pair of prices said by place: the second takes the first's label and its own place", () => {
  it("'The phone sells for $400 in the US and £350 in the UK.' → £350 — phone in the UK", () => {
    expect(exact(at("The phone sells for $400 in the US and £350 in the UK.", 350))).toEqual(want(350, undefined, "GBP", "phone in the UK", "money"));
  });

  it("'Tickets cost £40 in London and £30 in Leeds.' → £30 — tickets in Leeds (one currency)", () => {
    expect(exact(at("Tickets cost £40 in London and £30 in Leeds.", 30))).toEqual(want(30, undefined, "GBP", "tickets in Leeds", "money"));
  });

  it("the first keeps its own label: '$400 — phone'", () => {
    expect(at("The phone sells for $400 in the US and £350 in the UK.", 400).label).toBe("phone");
  });
});

describe("near misses: no pair by place", () => {
  it("'The phone costs $400, and £350 in the UK.' → UK: the first was said in no place", () => {
    expect(at("The phone costs $400, and £350 in the UK.", 350).label).toBe("UK");
  });

  it("'Revenue was $400m in America and 20% in Europe.' → Europe: a percent is no second price", () => {
    expect(at("Revenue was $400m in America and 20% in Europe.", 20).label).toBe("Europe");
  });

  it("'It starts at $400 in the US and £350 in the UK.' → UK: the first is labelled by its place too, so nothing says what is priced", () => {
    expect(at("It starts at $400 in the US and £350 in the UK.", 350).label).toBe("UK");
  });

  it("'£192,713 in England; £139,544 in Wales; £116,542 in Scotland' → average house price in Scotland: a label of its own stays", () => {
    expect(at("The average house price was £192,713 in England; £139,544 in Wales; £116,542 in Scotland, and £111,314 in Northern Ireland.", 116_542).label).toBe("average house price in Scotland");
  });

  it("'The phone costs $400 in the US and then £350 in the UK.' → UK: more than 'and' between them", () => {
    expect(at("The phone costs $400 in the US and then £350 in the UK.", 350).label).toBe("UK");
  });
});
