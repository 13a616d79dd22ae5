// A name said after a preposition right before a price says where or from whom, never what is priced: the noun phrase
// before the prepositions is (name-before-amount.ts).
import { describe, expect, it } from "vitest";
import { at, exact } from "#test/helpers/figures.ts";

const money = (value: number, label: string, unit = "GBP"): ReturnType<typeof exact> => ({ value, qualifier: undefined, unit, label, type: "money" });

describe("a price's name is where, the noun before it what", () => {
  it("'flights with easyJet to Montpellier from Gatwick start at £65' → peak season flights from Gatwick", () => {
    expect(exact(at("Peak season flights with easyJet to Montpellier from Gatwick start at £65 each way.", 65))).toEqual(money(65, "peak season flights from Gatwick"));
  });

  it("'Rooms at Andaz Liverpool Street start at £180' → rooms at Andaz Liverpool Street", () => {
    expect(exact(at("Rooms at Andaz Liverpool Street start at £180.", 180))).toEqual(money(180, "rooms at Andaz Liverpool Street"));
  });

  it("'The ferry service between Dartmouth and Kingswear costs £4.70' → ferry service between Dartmouth and Kingswear", () => {
    expect(exact(at("The ferry service between Dartmouth and Kingswear costs £4.70 for cars.", 4.7))).toEqual(money(4.7, "ferry service between Dartmouth and Kingswear"));
  });

  it("a name before the thing: 'A Chanel bag at Harrods starts at £600' → Chanel bag at Harrods", () => {
    expect(exact(at("A Chanel bag at Harrods starts at £600.", 600))).toEqual(money(600, "Chanel bag at Harrods"));
  });

  it("no pricing word: 'Flights from Gatwick £65.' → flights from Gatwick", () => {
    expect(exact(at("Flights from Gatwick £65.", 65))).toEqual(money(65, "flights from Gatwick"));
  });

  it("a seller's bracketed price: 'AQ Marina Sequin Maxi Dress at ASOS (now reduced to $237)'", () => {
    expect(exact(at("AQ AQ Marina Sequin Maxi Dress at ASOS (now reduced to $237).", 237))).toEqual(money(237, "Marina Sequin Maxi Dress at ASOS", "USD"));
  });
});

describe("near misses keep the name", () => {
  it("the thing is a name, with no seller's bracket: 'Stella McCartney at Harrods starts at £600'", () => {
    expect(at("Stella McCartney at Harrods starts at £600.", 600).label).toBe("Harrods");
  });

  it("a label that is no name before the price stays: 'A Chanel bag from Harrods costs £600'", () => {
    expect(at("A Chanel bag from Harrods costs £600.", 600).label).toBe("Chanel bag");
  });

  it("a name coordinated with a thing: 'Bread and Marmite cost £5'", () => {
    expect(at("Bread and Marmite cost £5.", 5).label).toBe("Marmite");
  });
});
