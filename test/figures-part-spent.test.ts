// A part of a definite sum spent on a thing: the sum, partly spent on it, not the thing alone (part-spent.ts;
// card-audit-49's made-up shape 4).
import { describe, expect, it } from "vitest";
import { exactOnly } from "#test/helpers/figures.ts";

const money = (value: number, unit: string, label: string) => ({ value, qualifier: undefined, unit, label, type: "money" });

describe("'VERB some/part/most of the £N on X': the sum, partly spent on X", () => {
  it("'The inquiry was told Okafor spent part of the $52,000 on gambling websites.'", () => {
    expect(exactOnly("The inquiry was told Okafor spent part of the $52,000 on gambling websites.")).toEqual(money(52000, "USD", "sum partly spent on gambling websites"));
  });
  it("'The treasurer spent most of the £18,500 on a sports car, the court heard.': 'most', the article dropped to fit", () => {
    expect(exactOnly("The treasurer spent most of the £18,500 on a sports car, the court heard.")).toEqual(money(18500, "GBP", "sum mostly spent on sports car"));
  });
  it("'Prosecutors said Lane invested part of the $2.4 million in a nightclub.': 'invested … in'", () => {
    expect(exactOnly("Prosecutors said Lane invested part of the $2.4 million in a nightclub.")).toEqual(money(2.4e6, "USD", "sum partly invested in a nightclub"));
  });
  it("'She wasted much of the €9,000 on lottery tickets.'", () => {
    expect(exactOnly("She wasted much of the €9,000 on lottery tickets.")).toEqual(money(9000, "EUR", "sum mostly wasted on lottery tickets"));
  });
});

describe("near misses", () => {
  it("'He spent the £30,000 on a new kitchen.': the whole, no part, is not said partly spent", () => {
    expect(exactOnly("He spent the £30,000 on a new kitchen.")?.label).not.toContain("partly");
  });
  it("'Some of the £40,000 went on repairs.': no spending verb before the part; read as before", () => {
    expect(exactOnly("Some of the £40,000 went on repairs.")).toEqual(money(40000, "GBP", "repairs"));
  });
  it("'She blew some of the £1,000 in prize money on a holiday.': 'in prize money' is the sum's form; read as before", () => {
    expect(exactOnly("She blew some of the £1,000 in prize money on a holiday.")).toEqual(money(1000, "GBP", "prize money"));
  });
});

describe("'spent £N of the WHOLE on X': the whole spent on X (sumOfSpent)", () => {
  it("'The council spent £2m of the grant on road repairs.' → grant spent on road repairs (was 'grant')", () => {
    const s = "The council spent £2m of the grant on road repairs.";
    expect(exactOnly(s)).toEqual(money(2e6, "GBP", "grant spent on road repairs"));
  });
  it("near miss: nothing it went on keeps the owner ('The council spent £2m of the grant.')", () => {
    expect(exactOnly("The council spent £2m of the grant.")).toEqual(money(2e6, "GBP", "grant"));
    expect(exactOnly("The council received £2m of the grant on Monday.")?.label).toBe("grant");
  });
  it("near miss: 'on' an idiom's keeps the owner ('on average', 'on behalf of', 'on top of', 'on time')", () => {
    expect(exactOnly("He spent £30 of the money on average each week.")?.label).toBe("spending");
    const behalf = "The council will spend £2m of the fund on behalf of residents.";
    expect(exactOnly(behalf)).toEqual(money(2e6, "GBP", "fund"));
    expect(exactOnly("The trust spent £1m of the appeal on time and under budget.")?.label).toBe("appeal");
  });
  it("a particle ends the thing: 'He blew £500 of the prize on a night out.' → prize blown on a night out", () => {
    const out = "He blew £500 of the prize on a night out.";
    expect(exactOnly(out)).toEqual(money(500, "GBP", "prize blown on a night out"));
  });
});
