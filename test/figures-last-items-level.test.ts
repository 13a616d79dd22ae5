// A bare number after "last N NOUNs VERB" is what each of those items came to, not a count of them
// (last-items-level.ts; card-audit-49's made-up shape 1).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const count = (value: number, qualifier: string | undefined, label: string) => ({ value, qualifier, unit: undefined, label, type: "count" });

describe("'X's last N NOUNs have been in excess of M': each item's level", () => {
  it("'The museum's last four exhibitions have each drawn more than 50,000.'", () => {
    expect(exact(at("The museum's last four exhibitions have each drawn more than 50,000.", 50000))).toEqual(count(50000, "more than", "each of the last four exhibitions"));
  });
  it("'The gallery's past six auctions have been over 2,000,000, the dealer said.': 'past'", () => {
    expect(exact(at("The gallery's past six auctions have been over 2,000,000, the dealer said.", 2e6))).toEqual(count(2e6, "over", "each of the past six auctions"));
  });
  it("'The last five bids were in excess of 400.': a sentence's own subject", () => {
    expect(exact(at("The last five bids were in excess of 400.", 400))).toEqual(count(400, "in excess of", "each of the last five bids"));
  });
  it("'The club's last seven crowds have been above 38,000, five of them have been sell-outs.': over 'above'", () => {
    expect(exact(at("The club's last seven crowds have been above 38,000, five of them have been sell-outs.", 38000))).toEqual(count(38000, undefined, "each of the last seven crowds"));
  });
});

describe("near misses", () => {
  it("'The council's last eight meetings have had more than 30 members.': a noun of its own, as before", () => {
    expect(exact(at("The council's last eight meetings have had more than 30 members.", 30))).toEqual(count(30, "more than", "members"));
  });
});
