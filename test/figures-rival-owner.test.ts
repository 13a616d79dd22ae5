// Money a named rival holds keeps its owner in the label, so a card about one firm does not give it the rival's profit
// (card-audit-46's made-up shape 3: 'rival Nordvik posted an annual profit of $5.3bn' → '$5.3bn — annual profit').
import { describe, expect, it } from "vitest";
import { exact, labelOf, listed, want } from "#test/helpers/figures.ts";

describe("a rival's money names the rival (rival-owner.ts)", () => {
  it("'Last month, rival Nordvik posted an annual profit of $5.3bn, its best year yet.' → rival Nordvik's annual profit", () => {
    const [f] = listed("Last month, rival Nordvik posted an annual profit of $5.3bn, its best year yet.");
    expect(exact(f)).toEqual(want(5.3e9, undefined, "USD", "rival Nordvik's annual profit", "money"));
  });

  it("'That compares with a profit of £1.1bn at its bigger competitor Dunmore' → competitor Dunmore's profit", () => {
    expect(labelOf("That compares with a profit of £1.1bn at its bigger competitor Dunmore, announced a week ago.", 1.1e9)).toBe("competitor Dunmore's profit");
  });

  it("'Its main competitor, Brennan, made $11.2bn.' → competitor Brennan's earnings", () => {
    expect(labelOf("Its main competitor, Brennan, made $11.2bn.", 11.2e9)).toBe("competitor Brennan's earnings");
  });

  it("leaves a price paid for a rival: 'Grocer Pellmart is to buy rival Dunmore Stores for £2bn.' → purchase price", () => {
    expect(labelOf("Grocer Pellmart is to buy rival Dunmore Stores for £2bn.", 2e9)).toBe("purchase price");
  });

  it("leaves the firm's own money: 'Halvard made $4bn, beating rival Nordvik.' → earnings", () => {
    expect(labelOf("Halvard made $4bn, beating rival Nordvik.", 4e9)).toBe("earnings");
  });
});
