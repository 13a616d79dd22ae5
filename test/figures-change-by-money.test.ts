// Money "by" which a verb of rising or falling moved something is the change in that thing, the verb's subject, as a
// percentage's is: 'Taxes on pensions went up by nearly £700' was labelled by the thing taxed ('pensions', card audit
// 33's pattern 1) while 'rose by' named the taxes (change-by.ts, reusing change-verb.ts). Near misses: no change verb,
// a level reached.
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("money a change moved 'by' is labelled by what changed (change-by.ts)", () => {
  it("'Duties on cider went up by nearly £300' → duties, not the thing taxed", () => {
    expect(exactOnly("Duties on cider went up by nearly £300 over the decade.")).toEqual(want(300, "nearly", "GBP", "duties", "money"));
  });

  it("'Rail fares for commuters came down by £40' → rail fares, not the commuters", () => {
    expect(exactOnly("Rail fares for commuters came down by £40 this spring.")).toEqual(want(40, undefined, "GBP", "rail fares", "money"));
  });

  it("'Van lending rose by £3.2bn' → van lending, not 'van' (a noun in -ing the owner reading cut)", () => {
    expect(exactOnly("Van lending rose by £3.2bn in June.")).toEqual(want(3.2e9, undefined, "GBP", "van lending", "money"));
  });

  it("'council spending has increased by £2billion in real terms' → council spending, not the frame", () => {
    expect(exactOnly("Official data show that council spending has increased by £2billion in real terms.")).toEqual(want(2e9, undefined, "GBP", "council spending", "money"));
  });

  it("'Bus fares for pupils are to rise by £1' → a be-to future reaches its subject (subject.ts), not the payers", () => {
    expect(exactOnly("Bus fares for pupils are to rise by £1 in May.")).toEqual(want(1, undefined, "GBP", "bus fares", "money"));
  });

  it("a percentage too: 'Bus fares for pupils are to rise by 5%' → rise in bus fares", () => {
    expect(exactOnly("Bus fares for pupils are to rise by 5% in May.")).toEqual(want(5, undefined, "%", "rise in bus fares", "percent"));
  });
});

describe("near misses", () => {
  it("'The club cut its ticket prices by £5' → the object the verb moved, not its subject", () => {
    expect(exactOnly("The club cut its ticket prices by £5.")).toEqual(want(5, undefined, "GBP", "ticket prices", "money"));
  });

  it("'The campaign has so far raised £2.5m for cancer research' → no 'by': money raised, not a rise in the campaign", () => {
    expect(exactOnly("The campaign has so far raised £2.5m for cancer research.")).toEqual(want(2.5e6, undefined, "GBP", "raised for cancer research", "money"));
  });

  it("'Sales reached £9m' → a level, labelled as before", () => {
    expect(exactOnly("Sales reached £9m.")).toEqual(want(9e6, undefined, "GBP", "sales", "money"));
  });
});
