// A part "K of them" with no count before it to carry a noun from counts the plural noun "them" stands for
// (them-antecedent.ts): "Tickets went on sale on Monday and four of them have sold out" dropped the four (small and
// bare, fallback-label.ts), and "400 of them" vanished too (its nearest noun phrase was "them"), the only fact lost.
import { describe, expect, it } from "vitest";
import { at, exact, figs, want } from "#test/helpers/figures.ts";

describe("them-antecedent.ts: 'K of them' counts the plural noun before it", () => {
  it("'Tickets went on sale on Monday and four of them have sold out.' → four — tickets sold out", () => {
    const text = "Tickets went on sale on Monday and four of them have sold out.";
    expect(exact(at(text, 4))).toEqual(want(4, undefined, undefined, "tickets sold out", "count"));
  });

  it("'Seats went on sale at noon and 400 of them have sold out.' → 400 — seats sold out (was dropped too)", () => {
    const text = "Seats went on sale at noon and 400 of them have sold out.";
    expect(exact(at(text, 400))).toEqual(want(400, undefined, undefined, "seats sold out", "count"));
  });

  it("'Police questioned the suspects and two of them were charged.' → two — suspects charged, people", () => {
    const f = at("Police questioned the suspects and two of them were charged.", 2);
    expect([exact(f), f.kind]).toEqual([want(2, undefined, undefined, "suspects charged", "count"), "people"]);
  });

  it("'Voters went to the polls and 400 of them voted early.' → voters (a noun after 'to' is where, passed over)", () => {
    expect(exact(at("Voters went to the polls and 400 of them voted early.", 400))).toEqual(want(400, undefined, undefined, "voters", "count"));
  });

  it("'Its corps of butlers -- six of them full-time -- serves the guests.' → six — butlers (what the group is of)", () => {
    const text = "Its corps of butlers -- six of them full-time -- serves the guests.";
    expect(exact(at(text, 6))).toEqual(want(6, undefined, undefined, "butlers", "count"));
  });

  it("near miss: 'It is the dynamics of the three of them all together that I find hardest.' is the whole group: no figure", () => {
    expect(figs("It is the dynamics of the three of them all together that I find hardest.").map((f) => f.value)).not.toContain(3);
  });

  it("near miss: 'Guests brought the twins, and there are two of them.' says how many there are: no figure", () => {
    expect(figs("Guests brought the twins, and there are two of them.").map((f) => f.value)).not.toContain(2);
  });

  it("near miss: 'He played at Wembley 35 times and won 25 of them.' stands for occasions: no 'times' label", () => {
    expect(figs("He played at Wembley 35 times and won 25 of them.").map((f) => f.label)).not.toContain("times");
  });

  it("near miss: 'The company makes cars and vans and two of them were recalled last year.' → them is both: no noun (was 'vans')", () => {
    expect(figs("The company makes cars and vans and two of them were recalled last year.").filter((f) => f.value === 2)).toEqual([]);
  });

  it("near miss: 'The council sent letters to the residents but only two of them replied.' → residents may be them: no 'letters'", () => {
    expect(figs("The council sent letters to the residents but only two of them replied.").filter((f) => f.value === 2)).toEqual([]);
  });

  it("near miss: 'Investors bought shares in the firm and 3,000 of them lost money.' → people acted first: lost money, not shares", () => {
    const text = "Investors bought shares in the firm and 3,000 of them lost money.";
    expect(exact(at(text, 3000))).toEqual(want(3000, undefined, undefined, "lost money", "count"));
  });

  it("near miss: 'Students visited museums in Paris, and five of them got lost.' names no museums (the students may be them)", () => {
    expect(figs("Students visited museums in Paris, and five of them got lost.").find((f) => f.value === 5)?.label ?? "").not.toBe("museums");
  });
});


describe("them-antecedent.ts: a sum 'for' after 'one of them' is one of the things 'them' stands for (AV one-liner)", () => {
  it("'In all, the treasurer wrote six cheques to the firm, one of them for £2,800.' → one of the cheques", () => {
    // Was '£2,800 — firm', the nearest noun phrase (the made-up M4 story's 'signed' gave 'transfer fee').
    expect(exact(at("In all, the treasurer wrote six cheques to the firm, one of them for £2,800.", 2800))).toEqual(want(2800, undefined, "GBP", "one of the cheques", "money"));
  });
  it("'The dealer sold 40 watches, each of them at $900.' → each of the watches", () => {
    expect(exact(at("The dealer sold 40 watches, each of them at $900.", 900))).toEqual(want(900, undefined, "USD", "each of the watches", "money"));
  });
  it("near miss: no 'of them' before the sum, 'She wrote six cheques, the last for £2,800.'", () => {
    expect(at("She wrote six cheques, the last for £2,800.", 2800).label).not.toMatch(/of the cheques/);
  });
});
