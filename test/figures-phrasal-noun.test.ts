// A noun made of a verb and its particle after an amount ("a £250-a-month hand out", "a $4.5bn bail-out") is one noun,
// not its verb cut off or a noun before the amount (phrasal-noun.ts).
import { describe, expect, it } from "vitest";
import { exactOnly, want } from "#test/helpers/figures.ts";

describe("a phrasal noun after an amount", () => {
  it("'The retired jockey now survives on a £250-a-month hand out from the council.': hand-out", () => {
    expect(exactOnly("The retired jockey now survives on a £250-a-month hand out from the council.")).toEqual(want(250, undefined, "GBP", "hand-out", "money"));
  });
  it("'The firm avoided bankruptcy thanks to a $4.5bn bail-out in January.': bail-out, which the tagger calls a verb", () => {
    expect(exactOnly("The firm avoided bankruptcy thanks to a $4.5bn bail-out in January.")).toEqual(want(4.5e9, undefined, "USD", "bail-out", "money"));
  });
  it("'The council approved a £2m sell off of its playing fields.': sell-off", () => {
    expect(exactOnly("The council approved a £2m sell off of its playing fields.")).toEqual(want(2e6, undefined, "GBP", "sell-off", "money"));
  });
});

describe("near misses", () => {
  it("'He agreed to pay out £5m to the victims.': the particle before the amount is the verb's", () => {
    expect(exactOnly("He agreed to pay out £5m to the victims.")?.label).not.toMatch(/pay-out/);
  });
});
