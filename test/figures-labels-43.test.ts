// The forty-third round's mutation sweep (docs/mutation-sweep-43.md): sentences that kill a mutant of a label rule of
// rounds 41–42 (scripts/mutants-43.ts) which the rule's own test file let live. Each pins the exact figure the code
// gives and names the mutant it kills and what that mutant showed instead.
import { describe, expect, it } from "vitest";
import { at, exact, exactOnly, want } from "#test/helpers/figures.ts";

const count = (value: number, label: string) => want(value, undefined, undefined, label, "count");
const money = (value: number, currency: string, label: string) => want(value, undefined, currency, label, "money");

describe("threshold.ts: a milestone only in a case put under a modal, its subject of up to four words", () => {
  it("'The fund was shut once it hit 2,000, as Anna Kowalski said.': a fact reported, no milestone (K02)", () => {
    // K02 (no modal asked) read '2,000 — milestone'.
    expect(exactOnly("The fund was shut once it hit 2,000, as Anna Kowalski said.")).toEqual(count(2000, "fund"));
  });
  it("'It would be easy to relax once they all finally reach 500, as Tom Reyes did.': three words of subject (K04)", () => {
    // K04 (two words of subject) did not reach the opener and read '500 — easy'.
    const text = "It would be easy to relax once they all finally reach 500, as Tom Reyes did.";
    expect(exactOnly(text)).toEqual(count(500, "milestone"));
  });
});

describe("last-items-level.ts: each item's level only with a verb between the items and the number", () => {
  it("'Of the last five orders above 300, two were late.': 300 a bound that picks orders out, no level (K08)", () => {
    // K08 (no verb asked) read '300 — each of the last five orders'.
    expect(exact(at("Of the last five orders above 300, two were late.", 300))).toEqual(count(300, "orders"));
  });
});

describe("on-state.ts: a place of two capitalised words after the state", () => {
  it("'The car was 30 days on sale at Harbour Motors.' → days on sale at Harbour Motors (K14)", () => {
    // K14 (a one-word name) read 'days on sale at Harbour'.
    const text = "The car was 30 days on sale at Harbour Motors.";
    expect(exactOnly(text)).toEqual(want(30, undefined, "days", "days on sale at Harbour Motors", "duration"));
  });
});

describe("lead-scope.ts: the lead count's place shown only when the pair follows it", () => {
  it("'About 1,100 jobs will go in the process, and then 700 and 400 will be lost in Leeds and York.' (K34)", () => {
    // K34 (the pair anywhere after) read 'jobs in the process', no place.
    const text = "About 1,100 jobs will go in the process, and then 700 and 400 will be lost in Leeds and York.";
    expect(exact(at(text, 1100))).toEqual(want(1100, "about", undefined, "jobs", "count"));
  });
});

describe("priced-owner.ts: a price before a possessive names it only after a determiner, over up to three words", () => {
  it("'A pint cost £4 last year's survey found.': no determiner before the price, the pint (K22)", () => {
    // K22 (no determiner asked) read '£4 — last year'.
    expect(exactOnly("A pint cost £4 last year's survey found.")).toEqual(money(4, "GBP", "pint"));
  });
  it("'The €899 electric scooter's companion app tracks every ride.' → electric scooter (K24)", () => {
    // K24 (a one-word phrase) read '€899 — electric scooter's companion app'.
    const text = "The €899 electric scooter's companion app tracks every ride.";
    expect(exactOnly(text)).toEqual(money(899, "EUR", "electric scooter"));
  });
});

describe("part-spent.ts: 'some of the £N' is a part", () => {
  it("'She spent some of the £5,000 on a new roof.' → sum partly spent on new roof (K26)", () => {
    // K26 ('some' dropped) read '£5,000 — on a new roof'.
    const text = "She spent some of the £5,000 on a new roof.";
    expect(exactOnly(text)).toEqual(money(5000, "GBP", "sum partly spent on new roof"));
  });
});

describe("saw-change.ts: 'saw' a verb of seeing", () => {
  it("'The firm saw the number of its staff cut by a third.' → cut in number of its staff (K55)", () => {
    // K55 ('saw' dropped) read 'a third — staff', the change lost.
    const text = "The firm saw the number of its staff cut by a third.";
    expect(exact(at(text, 0.333))).toEqual(want(0.333, undefined, undefined, "cut in number of its staff", "other"));
  });
});
