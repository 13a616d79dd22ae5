// A count after a change's own amount and "to" is the level the verb's subject reached (count-level.ts), and a bare
// count after "VERB by" or before "to" and a level is the change (count-change.ts). These sentences are made up.
import { describe, expect, it } from "vitest";
import { at, exact, want } from "#test/helpers/figures.ts";
import { countLevel } from "#brief/figures/label/change/count-level.ts";
import { tagTokens } from "#brief/figures/language/pos.ts";
import { tokenize } from "#brief/figures/language/tokens.ts";

describe("count-level.ts: a count reached past the change's amount names the verb's subject", () => {
  it("'Passenger numbers at Heathrow rose 5% to 3 million.' → passenger numbers (was '— Heathrow')", () => {
    const text = "Passenger numbers at Heathrow rose 5% to 3 million.";
    expect(exact(at(text, 3_000_000))).toEqual(want(3_000_000, undefined, undefined, "passenger numbers", "count"));
  });

  it("with 'by' and a place after: 'The number of visitors to the museum rose by 10% to 900,000.' → visitors", () => {
    const text = "The number of visitors to the museum rose by 10% to 900,000.";
    expect(exact(at(text, 900_000))).toEqual(want(900_000, undefined, undefined, "visitors", "count"));
  });

  it("in words and per cent: 'Arrivals at Gatwick fell 3 per cent to 1.1 million last month.' → arrivals", () => {
    const text = "Arrivals at Gatwick fell 3 per cent to 1.1 million last month.";
    expect(exact(at(text, 1_100_000))).toEqual(want(1_100_000, undefined, undefined, "arrivals", "count"));
  });

  it("an object between the verb and 'to' is no change's amount: 'Police moved 40 officers at the depot to 300.'", () => {
    expect(at("Police moved 40 officers at the depot to 300.", 300).label).not.toBe("police");
  });

  it("only an amount between the verb and 'to': 'Profits jumped 40 at the chain to 300.' names no subject", () => {
    const text = "Profits jumped 40 at the chain to 300.";
    const toks = tokenize(text);
    tagTokens(text, toks);
    expect(countLevel(toks, toks.findIndex((t) => t.s === "300"))).toBe("");
  });
});

describe("count-change.ts: a bare count after 'VERB by' or before 'to' and a level is the change", () => {
  it("'The claimant count fell by 11,000 to 1.2 million.' → fall in claimant count", () => {
    const text = "The claimant count fell by 11,000 to 1.2 million.";
    expect(exact(at(text, 11_000))).toEqual(want(11_000, undefined, undefined, "fall in claimant count", "count"));
    expect(at(text, 1_200_000).label).toBe("claimant count");
  });

  it("no 'by': 'Membership grew 2,000 to 45,000 last year.' → rise in membership", () => {
    const text = "Membership grew 2,000 to 45,000 last year.";
    expect(exact(at(text, 2000))).toEqual(want(2000, undefined, undefined, "rise in membership", "count"));
  });

  it("'by' alone: 'Unemployment fell by 40,000 in the quarter.' → fall in unemployment", () => {
    const text = "Unemployment fell by 40,000 in the quarter.";
    expect(exact(at(text, 40_000))).toEqual(want(40_000, undefined, undefined, "fall in unemployment", "count"));
  });

  it("neither 'by' nor a level after: 'Membership grew 2,000 last year.' is read as before", () => {
    expect(at("Membership grew 2,000 last year.", 2000).label).toBe("membership");
  });

  it("neither: 'Unemployment rose to 40,000 in the quarter.' is the level", () => {
    expect(at("Unemployment rose to 40,000 in the quarter.", 40_000).label).toBe("unemployment");
  });
});
