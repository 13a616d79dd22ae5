// Money the nearest-phrase fallback labelled by a party to it (a place, a body, a shop said "in", "at", "with") is what
// its clause's verb moved, or the noun it is set at for (party-money.ts): from the sweep of unblind cnndm-dev cards.
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

describe("money is what its clause's verb moved, not a party said 'in', 'at' or 'with'", () => {
  it.each([
    ["The Lennons bought Kenwood, then a 22-bedroom home, in Weybridge, Surrey, for £20,000 in 1964.", 20000, undefined, "GBP", "purchase price"],
    ["Kenya signed a deal with the World Bank to borrow $2bn.", 2e9, undefined, "USD", "borrowing"],
    ["The tour made an estimated $90m in South America alone.", 90e6, "an estimated", "USD", "earnings"],
    ["Last month the Chancellor earmarked up to £2million in the Budget towards marking the event.", 2e6, "up to", "GBP", "sum earmarked"],
    ["He's currently being held in the Erie County jail with his bail set at $1,000.", 1000, undefined, "USD", "bail"],
  ])("%s", (text, value, qualifier, unit, label) => {
    expect(exact(at(text, value))).toEqual({ value, qualifier, unit, label, type: "money" });
  });

  it("'A haircut costs £12 at Barber Bros.': the thing priced keeps its label", () => {
    expect(exact(at("A haircut costs £12 at Barber Bros.", 12))).toEqual({ value: 12, qualifier: undefined, unit: "GBP", label: "haircut", type: "money" });
  });
});

describe("money is what its clause's verb moved, not the payer, earner or borrower before the verb", () => {
  it.each([
    ["Kenya borrowed $2bn from the World Bank.", 2e9, undefined, "USD", "borrowing"],
    ["The champion takes home £1.5m at the Australian Open.", 1.5e6, undefined, "GBP", "earnings"],
    ["The Avengers garnered $1.5 billion with just one film in 2012.", 1.5e9, undefined, "USD", "takings"],
    ["Travelex told MailOnline a family of four could save almost £110.", 110, "almost", "GBP", "savings"],
  ])("%s", (text, value, qualifier, unit, label) => {
    expect(exact(at(text, value))).toEqual({ value, qualifier, unit, label, type: "money" });
  });

  it("'provides more than $1 billion annually in grants': what the sentence says the money is comes first", () => {
    const text = "The Department of Justice provides more than $1 billion annually in grants to police departments.";
    expect(exact(at(text, 1e9))).toEqual({ value: 1e9, qualifier: "more than", unit: "USD", label: "grants", type: "money" });
  });
});

describe("an amount bracketed after a name, in a sentence that named the money, is that money at the name", () => {
  const text = "However the tournament remains the Grand Slam with the lowest prize for the singles champion, lagging behind the Australian Open (£1.56 m), Wimbledon (£1.7 m) and the US Open (£2.03 m).";
  it("'lagging behind the Australian Open (£1.56 m)': prize at Australian Open, not the tournament", () => {
    expect(exact(at(text, 1.56e6))).toEqual({ value: 1.56e6, qualifier: undefined, unit: "GBP", label: "prize at Australian Open", type: "money" });
  });

  it("near miss: 'a suit by Stella McCartney (£1,600)' names no money before the name, so it is left", () => {
    const suit = "For the civil ceremony she wore this bespoke cream and navy trouser suit by Stella McCartney (£1,600) with matching felt hat (£400).";
    expect(at(suit, 1600).label).toBe("Stella McCartney");
  });
});

describe("money a gain verb's first object gained is its earnings, not the object the subject reading takes", () => {
  it("'made councils in England a record £667million': earnings for councils", () => {
    const text = "Parking charges and fines made councils in England a record £667million last year.";
    expect(exact(at(text, 667e6))).toEqual({ value: 667e6, qualifier: undefined, unit: "GBP", label: "earnings for councils", type: "money" });
  });

  it("near miss: 'The deal made him £5m': a subject that is no object of the verb keeps its label", () => {
    expect(at("The deal made him £5m.", 5e6).label).toBe("deal");
  });
});

describe("with no verb that moves money, a noun of money said earlier in the clause is what a party-labelled amount is", () => {
  it("'crude prices have rebounded in Asia, rising to $42.30 a barrel': prices, not Asia", () => {
    const text = "However crude prices have rebounded in Asia, rising to $42.30 a barrel for February delivery.";
    expect(exact(at(text, 42.3))).toEqual({ value: 42.3, qualifier: undefined, unit: "USD", label: "prices", type: "money" });
  });
});

describe("a name before an amount's 'of', said 'to' a noun, is a party: the noun says what the money is (of-label.ts)", () => {
  it("'made a spending request to Congress of $1.6 billion': spending request to Congress, not Congress", () => {
    const text = "The Pentagon has made a spending request to Congress of $1.6 billion, focusing on training and arming Iraqi and Kurdish forces.";
    expect(exact(at(text, 1.6e9))).toEqual({ value: 1.6e9, qualifier: undefined, unit: "USD", label: "spending request to Congress", type: "money" });
  });

  it("near miss: 'Officials found a saving of £5m': a common noun before the 'of' stands", () => {
    expect(at("Officials found a saving of £5m.", 5e6).label).toBe("saving");
  });
});
