// Money the police find or seize is cash found or seized, not the clause before it ('$12,000 — arrested Jones'), the
// noun it is "of" ('return') or the place it was found in ('hotel room'): card audit 33's pattern 6 (found-money.ts).
// Near misses: a noun of its own, money found for a budget, a clause the verb found.
import { describe, expect, it } from "vitest";
import { exactOnly, one, want } from "#test/helpers/figures.ts";

describe("money found or seized is cash found or seized (found-money.ts)", () => {
  it("'Officers who stopped Brown in late March found $7,000, a gun and a phone' → cash found, not the clause", () => {
    expect(exactOnly("Officers who stopped Brown in late March found $7,000, a gun and a phone in his van.")).toEqual(want(7000, undefined, "USD", "cash found", "money"));
  });

  it("'the return of £18,000 seized at the port' → cash seized, not 'return'", () => {
    expect(exactOnly("His family have asked for the return of £18,000 seized at the port in May.")).toEqual(want(18000, undefined, "GBP", "cash seized", "money"));
  });

  it("'Agents found more than $30,000 in Lee's garage' → cash found, not the place (a possessive opens a place)", () => {
    expect(exactOnly("Agents found more than $30,000 in Lee's garage, court papers say.")).toEqual(want(30000, "more than", "USD", "cash found", "money"));
  });
});

describe("near misses", () => {
  it("'seized £60,000 in cash' → what it was in, as before", () => {
    expect(exactOnly("Border officers seized £60,000 in cash.")).toEqual(want(60000, undefined, "GBP", "cash", "money"));
  });

  it("'found £4m of cocaine' → what it is of", () => {
    expect(exactOnly("Police found £4m of cocaine.")).toEqual(want(4e6, undefined, "GBP", "cocaine", "money"));
  });

  it("'You have found an extra £6billion for roads' → money found for a budget, not cash found", () => {
    expect(one("You have found an extra £6billion for roads.").label).not.toBe("cash found");
  });

  it("'An audit found £900 was wasted' → the amount opens the clause the audit found", () => {
    expect(one("An audit found £900 was wasted by each school.").label).not.toBe("cash found");
  });

  it("'An audit found £3bn a year in waste' → what it is in, a year: the rate's period read past", () => {
    expect(exactOnly("An audit found £3bn a year in waste.")).toEqual(want(3e9, undefined, "GBP", "waste a year", "money"));
  });

  it("'The inquiry found £40m a year was lost' → a rate that opens the clause found, not cash found", () => {
    expect(one("The inquiry found £40m a year was lost to fraud.").label).not.toBe("cash found");
  });

  it("near miss: 'Officers found £5,000 a week ago in the car' → cash found ('a week ago' is no rate)", () => {
    expect(exactOnly("Officers found £5,000 a week ago in the car.")).toEqual(want(5000, undefined, "GBP", "cash found", "money"));
  });
});
