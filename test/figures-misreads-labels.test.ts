// Labels misread on the cards of unseen articles (scripts/figures-cards.ts over cnndm-dev and dev-bbc), each the
// general reading behind it as a one-sentence repro with the exact figure an editor expects.
import { describe, expect, it } from "vitest";
import { at } from "#test/helpers/figures.ts";

describe("a price after 'for' is named by the verb of its clause, not the place or club said before it", () => {
  it("a player's move is priced by its fee: 'signed in January from Swansea for £28m', 'joined Chelsea from Lille for £32million'", () => {
    expect(at("Wilfried Bony was signed in January from Swansea for £28m but has only scored once.", 28e6)).toMatchObject({ display: "£28m", unit: "GBP", type: "money", label: "transfer fee" });
    expect(at("Hazard joined Chelsea from Lille for £32million in 2012.", 32e6)).toMatchObject({ display: "£32million", unit: "GBP", type: "money", label: "transfer fee" });
  });

  it("a verb that moves money however far back in the clause: 'bought their home in the quiet resort of Mablethorpe for £35,000'", () => {
    expect(at("They bought their home in the quiet Lincolnshire seaside resort of Mablethorpe for £35,000 in 1987.", 35000)).toMatchObject({ display: "£35,000", unit: "GBP", type: "money", label: "purchase price" });
    expect(at("In the end, the city settled with Colon for $20,000 under the condition.", 20000)).toMatchObject({ display: "$20,000", unit: "USD", type: "money", label: "settlement" });
  });

  it("what was won for a price was bought, and a new clause has its own verb", () => {
    expect(at("The auction was won by an unknown shell company for $9.4bn last year.", 9.4e9)).toMatchObject({ label: "unknown shell company" });
    expect(at("He sold the car and moved to Swansea for £300.", 300).label).not.toBe("sale price");
  });
});
